package org.lingong.core.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 零工保险: enrolment per order and per day, validation, who may enrol, and the city's check-in rule. */
class InsuranceTests extends OrderWorldTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static OrderWorld.Person employer;
    private static String staff;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCity() {
        if (employer == null) {
            employer = world.employer();
            staff = world.staff();
        }
    }

    private record Grabbed(String orderId, OrderWorld.Person worker, Instant start, Instant end) {
    }

    /** A grab of the employer's two-hour job starting then, confirmed by the employer. */
    private Grabbed confirmedOrder(Instant start) {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 2, start).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);
        return new Grabbed(orderId, worker, start, start.plus(2, ChronoUnit.HOURS));
    }

    private static Map<String, Object> policy(String type) {
        return new HashMap<>(Map.of("type", type, "insurer", "中国人民财产保险股份有限公司宿迁市分公司",
                "policyNumber", "PEAC2026321300" + String.format("%06d", System.nanoTime() % 1_000_000),
                "premiumFen", 300, "paidBy", "EMPLOYER"));
    }

    private static Map<String, Object> orderCover(Map<String, Object> policy, Instant start, Instant end) {
        return Map.of("policy", policy, "coverageStart", start.toString(), "coverageEnd", end.toString());
    }

    private Api.Response enrol(String token, String orderId, Object body) {
        return world.api.call("POST", "/api/v1/orders/" + orderId + "/insurance", token, world.in(), body);
    }

    private Api.Response enrolDay(String token, String workerId, LocalDate date, Map<String, Object> policy) {
        return world.api.call("POST", "/api/v1/workers/" + workerId + "/insurance-days", token, world.in(),
                Map.of("date", date.toString(), "policy", policy));
    }


    private int enrolments(String orderId) {
        return jdbc.sql("select count(*) from t_" + world.city + ".insurance_enrolment where order_id = ?::uuid")
                .param(orderId).query(Integer.class).single();
    }

    private static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void anOrderIsEnrolledOncePerTypeAndItsCoverIsShownToBothSides() {
        Grabbed order = confirmedOrder(tomorrow());
        Instant from = order.start().minus(1, ChronoUnit.HOURS);
        Instant to = order.end().plus(1, ChronoUnit.HOURS);
        Map<String, Object> accident = policy("ACCIDENT");

        JsonNode enrolled = enrol(employer.token(), order.orderId(), orderCover(accident, from, to)).expect(201).body();
        assertThat(enrolled.get("type").asString()).isEqualTo("ACCIDENT");
        assertThat(enrolled.get("premiumFen").asLong()).isEqualTo(300);
        assertThat(enrolled.get("workerId").asString()).isEqualTo(order.worker().id());
        enrol(staff, order.orderId(), orderCover(policy("ACCIDENT"), from, to))
                .expectProblem(409, "insurance-duplicate");
        enrol(staff, order.orderId(), orderCover(policy("OCCUPATIONAL_INJURY"), from, to)).expect(201);

        JsonNode cover = world.api.get("/api/v1/orders/" + order.orderId() + "/insurance",
                order.worker().token(), world.in()).expect(200).body();
        assertThat(cover.get("covered").asBoolean()).isTrue();
        assertThat(cover.get("enrolments").size()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".audit_event where action = 'insurance.enrolled' "
                + "and detail like ?").param("order=" + order.orderId() + "%").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void badEnrolmentsAreRefusedAndWriteNothing() {
        Grabbed order = confirmedOrder(tomorrow().plus(2, ChronoUnit.DAYS));
        Instant from = order.start();
        Instant to = order.end();

        Api.Response short_ = world.api.call("POST", "/api/v1/orders/" + order.orderId() + "/insurance",
                employer.token(), world.in("en"), orderCover(policy("ACCIDENT"), from, to.minusSeconds(60)));
        short_.expectProblem(400, "insurance-period-excludes-job");
        assertThat(short_.body().get("title").asString()).isEqualTo("The cover does not span the job");
        enrol(employer.token(), order.orderId(), orderCover(policy("ACCIDENT"), from.plusSeconds(60), to))
                .expectProblem(400, "insurance-period-excludes-job");
        enrol(employer.token(), order.orderId(), orderCover(policy("ACCIDENT"), to, from))
                .expectProblem(400, "invalid-request");
        Map<String, Object> badNumber = policy("ACCIDENT");
        badNumber.put("policyNumber", "保单1");
        enrol(employer.token(), order.orderId(), orderCover(badNumber, from, to)).expectProblem(400, "invalid-request");
        Map<String, Object> negative = policy("ACCIDENT");
        negative.put("premiumFen", -1);
        enrol(employer.token(), order.orderId(), orderCover(negative, from, to)).expectProblem(400, "invalid-request");
        Map<String, Object> unknownType = policy("LIFE");
        enrol(employer.token(), order.orderId(), orderCover(unknownType, from, to))
                .expectProblem(400, "invalid-request");
        assertThat(enrolments(order.orderId())).isZero();

        world.act(employer.token(), order.orderId(), "cancel", Map.of("reason", "订单取消")).expect(200);
        enrol(employer.token(), order.orderId(), orderCover(policy("ACCIDENT"), from, to))
                .expectProblem(409, "insurance-order-closed");
        assertThat(enrolments(order.orderId())).isZero();

        LocalDate yesterday = LocalDate.now(CHINA).minusDays(1);
        enrolDay(staff, order.worker().id(), yesterday, policy("ACCIDENT")).expectProblem(400, "insurance-day-past");
        enrolDay(staff, UUID.randomUUID().toString(), LocalDate.now(CHINA), policy("ACCIDENT"))
                .expectProblem(404, "worker-not-found");
        LocalDate day = LocalDate.now(CHINA).plusDays(5);
        enrolDay(staff, order.worker().id(), day, policy("ACCIDENT")).expect(201);
        enrolDay(staff, order.worker().id(), day, policy("ACCIDENT")).expectProblem(409, "insurance-duplicate");
        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".insurance_enrolment where worker_id = ?::uuid")
                .param(order.worker().id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheOrdersEmployerSideEnrolsOrdersAndOnlyStaffEnrolDaysOrSeeTheRule() {
        Grabbed order = confirmedOrder(tomorrow().plus(4, ChronoUnit.DAYS));
        Map<String, Object> body = orderCover(policy("ACCIDENT"), order.start(), order.end());

        enrol(order.worker().token(), order.orderId(), body).expectProblem(403, "forbidden");
        enrol(world.employer().token(), order.orderId(), body).expectProblem(404, "order-not-found");
        enrolDay(employer.token(), order.worker().id(), LocalDate.now(CHINA), policy("ACCIDENT"))
                .expectProblem(403, "forbidden");
        assertThat(world.api.get("/api/v1/orders/" + order.orderId() + "/insurance", world.worker().token(),
                world.in()).status()).isEqualTo(404);
        assertThat(enrolments(order.orderId())).isZero();

        assertThat(world.api.get("/api/v1/insurance/settings", order.worker().token(), world.in()).status())
                .isEqualTo(403);
        assertThat(world.api.call("PUT", "/api/v1/insurance/settings", staff, world.in(),
                Map.of("requireInsuranceForCheckIn", true)).status()).isEqualTo(403);
        world.api.call("PUT", "/api/v1/insurance/settings", world.admin, world.in(), Map.of())
                .expectProblem(400, "invalid-request");
        assertThat(world.api.get("/api/v1/insurance/settings", staff, world.in()).body()
                .get("requireInsuranceForCheckIn").asBoolean()).isFalse();
    }

    @Test
    void whenTheCityRequiresItACheckInNeedsCoverSpanningTheOrder() {
        Instant start = Instant.now().plus(10, ChronoUnit.MINUTES);
        Grabbed order = confirmedOrder(start);
        world.api.call("PUT", "/api/v1/insurance/settings", world.admin, world.in(),
                Map.of("requireInsuranceForCheckIn", true)).expect(200);
        try {
            Api.Response refused = world.api.call("POST", "/api/v1/orders/" + order.orderId() + "/check-in",
                    order.worker().token(), world.in("zh-CN"), OrderWorld.AT_WORK);
            refused.expectProblem(409, "insurance-required");
            assertThat(refused.body().get("title").asString()).isEqualTo("本市要求投保后才能签到");
            assertThat(jdbc.sql("select status from t_" + world.city + ".job_order where id = ?::uuid")
                    .param(order.orderId()).query(String.class).single()).isEqualTo("CONFIRMED");

            // Day covers for each Beijing day the order touches (two when it runs over midnight).
            LocalDate first = order.start().atZone(CHINA).toLocalDate();
            LocalDate last = order.end().minusNanos(1).atZone(CHINA).toLocalDate();
            enrolDay(staff, order.worker().id(), first, policy("ACCIDENT")).expect(201);
            if (!last.equals(first)) {
                world.act(order.worker().token(), order.orderId(), "check-in", OrderWorld.AT_WORK)
                        .expectProblem(409, "insurance-required");
                enrolDay(staff, order.worker().id(), last, policy("ACCIDENT")).expect(201);
            }
            JsonNode checkedIn = world.act(order.worker().token(), order.orderId(), "check-in", OrderWorld.AT_WORK)
                    .expect(200).body();
            assertThat(checkedIn.get("status").asString()).isEqualTo("CHECKED_IN");
        } finally {
            world.api.call("PUT", "/api/v1/insurance/settings", world.admin, world.in(),
                    Map.of("requireInsuranceForCheckIn", false)).expect(200);
        }
        Grabbed uninsured = confirmedOrder(Instant.now().plus(5, ChronoUnit.MINUTES));
        world.act(uninsured.worker().token(), uninsured.orderId(), "check-in", OrderWorld.AT_WORK).expect(200);
    }
}
