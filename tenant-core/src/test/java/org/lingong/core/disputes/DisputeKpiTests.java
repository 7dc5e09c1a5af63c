package org.lingong.core.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.China;
import org.lingong.core.Api;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import tools.jackson.databind.JsonNode;

/** The city's figures for a period, in a city of their own: what ended, agreed, was filed and closed, against targets. */
class DisputeKpiTests extends OrderWorldTests {

    private String caseOf(String mediator) {
        OrderWorld.Person employer = world.employer();
        String job = world.job(employer, 1, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        String order = world.grab(world.worker(), job).expect(201).body().get("id").asString();
        return world.api.call("POST", "/api/v1/disputes", world.staff(), world.in(), Map.of("orderId", order,
                        "source", "STAFF", "mediatorId", mediator, "claimFen", 10_000, "claim", "工资争议"))
                .expect(201).body().get("id").asString();
    }

    private void step(String id, String step, Object body) {
        world.api.call("POST", "/api/v1/disputes/" + id + "/" + step, world.staff(), world.in(), body).expect(200);
    }

    @Test
    void thePeriodsRatesAreCountedAgainstTheCitysTargets() {
        String mediator = world.api.call("POST", "/api/v1/disputes/mediators", world.admin, world.in(),
                Map.of("name", "吴调解", "organisation", "市劳动争议调解中心")).expect(201).body().get("id").asString();
        String today = LocalDate.now(China.ZONE).toString();
        for (int i = 0; i < 2; i++) {
            step(caseOf(mediator), "agreement", Map.of("terms", "当场支付", "amountFen", 10_000, "payBy", today));
        }
        String failed = caseOf(mediator);
        step(failed, "mediation-failure", Map.of("reason", "分歧较大"));
        step(failed, "arbitration", Map.of("commission", "宿迁市劳动人事争议仲裁委员会", "caseNumber", "第 1 号",
                "filedOn", today));
        caseOf(mediator);

        JsonNode kpis = world.api.get("/api/v1/disputes/kpis?from=" + today + "&to=" + today, world.admin, world.in())
                .expect(200).body();
        assertThat(kpis.get("mediationsEnded").asLong()).isEqualTo(3);
        assertThat(kpis.get("mediationsAgreed").asLong()).isEqualTo(2);
        assertThat(kpis.get("mediationSuccessRate").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(kpis.get("mediationTargetPercent").asInt()).isEqualTo(60);
        assertThat(kpis.get("arbitrationsFiled").asLong()).isEqualTo(1);
        assertThat(kpis.get("arbitrationsClosed").asLong()).isZero();
        assertThat(kpis.get("arbitrationClosureRate").asDouble()).isZero();
        assertThat(kpis.get("arbitrationTargetPercent").asInt()).isEqualTo(92);
        assertThat(kpis.get("mediatingNow").asLong()).isEqualTo(1);

        step(failed, "arbitration/result", Map.of("result", "SETTLED", "note", "庭前和解"));
        // The province reads the figures of its city; nothing counts on a day without cases.
        JsonNode province = world.api.get("/api/v1/disputes/kpis?from=" + today + "&to=" + today,
                Api.userToken("jiangsu-admin", "demo"), world.in()).expect(200).body();
        assertThat(province.get("arbitrationClosureRate").asDouble()).isEqualTo(1.0);
        String longAgo = LocalDate.now(China.ZONE).minusYears(1).toString();
        JsonNode empty = world.api.get("/api/v1/disputes/kpis?from=" + longAgo + "&to=" + longAgo, world.admin,
                world.in()).expect(200).body();
        assertThat(empty.get("mediationSuccessRate").isNull()).isTrue();
        world.api.get("/api/v1/disputes/kpis?from=" + today + "&to=" + longAgo, world.admin, world.in())
                .expectProblem(400, "invalid-request");

        // Each city sets its own targets; station staff cannot.
        Map<String, Object> settings = Map.of("mediationDays", 10, "mediationTargetPercent", 70,
                "arbitrationTargetPercent", 95);
        world.api.call("PUT", "/api/v1/disputes/settings", world.staff(), world.in(), settings).expect(403);
        world.api.call("PUT", "/api/v1/disputes/settings", world.admin, world.in(),
                Map.of("mediationDays", 0, "mediationTargetPercent", 70, "arbitrationTargetPercent", 95))
                .expectProblem(400, "invalid-request");
        world.api.call("PUT", "/api/v1/disputes/settings", world.admin, world.in(), settings).expect(200);
        assertThat(world.api.get("/api/v1/disputes/kpis?from=" + today + "&to=" + today, world.admin, world.in())
                .body().get("mediationTargetPercent").asInt()).isEqualTo(70);
    }
}
