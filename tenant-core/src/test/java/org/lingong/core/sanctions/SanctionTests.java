package org.lingong.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.calendar.WorkingCalendar;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sanctions ladder: a decision takes effect at once (jobs down with the reason, publishing and confirming
 * refused), a correction is checked, a suspension lifted, an appeal decided; each employer sees its own only.
 */
class SanctionTests extends OrderWorldTests {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> decision(OrderWorld.Person employer, String measure) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employer.id());
        body.put("measure", measure);
        body.put("grounds", "发布岗位收取服装费 200 元，投诉 #3 查实");
        body.put("decision", "依据《就业服务与就业管理规定》第十四条作出处理");
        return body;
    }

    private JsonNode decide(Map<String, Object> body) {
        return world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), body).expect(201).body();
    }

    private JsonNode employerJob(OrderWorld.Person employer) {
        return world.job(employer, 2, Instant.now().plus(2, ChronoUnit.DAYS));
    }

    /** An employer's own posting of a job open to all, as the employer publishes it or staff on its behalf. */
    private static ObjectNode posting() {
        ObjectNode posting = JobsTests.posting();
        posting.putArray("priorityGroups");
        posting.putObject("source").put("channel", "EMPLOYER");
        return posting;
    }

    private int publish(OrderWorld.Person employer) {
        return world.api.call("POST", "/api/v1/jobs", employer.token(), world.in(), posting()).status();
    }

    @Test
    void aSuspensionTakesTheJobsDownAndStopsPublishingAndConfirmingUntilLifted() {
        OrderWorld.Person employer = world.employer();
        String job = employerJob(employer).get("id").asString();
        OrderWorld.Person grabber = world.worker();
        String order = world.grab(grabber, employerJob(employer).get("id").asString()).expect(201).body()
                .get("id").asString();

        Map<String, Object> body = decision(employer, "SUSPEND");
        LocalDate through = LocalDate.now(China.ZONE).plusDays(30);
        body.put("suspendedThrough", through.toString());
        JsonNode suspended = decide(body);
        assertThat(suspended.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(suspended.get("jobsTakenDown").asInt()).isEqualTo(2);
        assertThat(Instant.parse(suspended.get("endsAt").asString()))
                .isEqualTo(through.plusDays(1).atStartOfDay(China.ZONE).toInstant());

        // Workers see why the job came down; it is no longer public.
        JsonNode down = world.api.get("/api/v1/jobs/" + job, world.admin, world.in()).expect(200).body();
        assertThat(down.get("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(down.get("statusReason").asString())
                .isEqualTo("处理决定 #" + suspended.get("number").asLong() + "（暂停招用）：发布岗位收取服装费 200 元，投诉 #3 查实");
        world.api.get("/api/v1/jobs/" + job, world.worker().token(), world.in()).expectProblem(404, "job-not-found");
        // The worker holding an order on a job that came down reads why, through the order; nobody else does.
        JsonNode held = world.api.get("/api/v1/orders/" + order + "/job", grabber.token(), world.in()).expect(200).body();
        assertThat(held.get("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(held.get("statusReason").asString()).contains("暂停招用");
        world.api.get("/api/v1/orders/" + order + "/job", world.worker().token(), world.in())
                .expectProblem(404, "order-not-found");

        world.api.call("POST", "/api/v1/jobs", employer.token(), world.in(), posting())
                .expectProblem(403, "employer-suspended");
        // A draft is nobody's business but the employer's: it may keep writing them.
        assertThat(world.api.call("POST", "/api/v1/jobs", employer.token(), world.in(), posting().put("draft", true))
                .status()).isEqualTo(201);
        world.act(employer.token(), order, "confirm", null).expectProblem(403, "employer-suspended");
        // Staff posting on its behalf are refused too.
        world.api.call("POST", "/api/v1/jobs", world.admin, world.in(), posting().put("onBehalfOf", employer.id()))
                .expectProblem(403, "employer-suspended");

        String id = suspended.get("id").asString();
        world.api.call("POST", "/api/v1/sanctions/" + id + "/lift", world.staff(), world.in(),
                Map.of("note", "已整改")).expect(403);
        JsonNode lifted = world.api.call("POST", "/api/v1/sanctions/" + id + "/lift", world.admin, world.in(),
                Map.of("note", "已退还服装费，提前解除")).expect(200).body();
        assertThat(lifted.get("state").asString()).isEqualTo("LIFTED");
        world.api.call("POST", "/api/v1/sanctions/" + id + "/lift", world.admin, world.in(), Map.of("note", "再次"))
                .expectProblem(409, "sanction-not-in-force");
        assertThat(publish(employer)).isEqualTo(201);
        world.act(employer.token(), order, "confirm", null).expect(200);
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(id).query(String.class).list()).containsSubsequence("sanction.decided", "sanction.lifted");
    }

    @Test
    void aClosureRefusesEveryPublishingUntilTheAppealRevokesIt() {
        OrderWorld.Person employer = world.employer();
        JsonNode closed = decide(decision(employer, "CLOSE"));
        assertThat(closed.get("endsAt").isNull()).isTrue();
        world.api.call("POST", "/api/v1/jobs", employer.token(), world.in(), posting())
                .expectProblem(403, "employer-closed");

        String id = closed.get("id").asString();
        // Only its own employer sees and appeals it, once; staff names stay out of its view.
        OrderWorld.Person other = world.employer();
        assertThat(world.api.get("/api/v1/employers/me/sanctions", other.token(), world.in()).body()).isEmpty();
        world.api.call("POST", "/api/v1/employers/me/sanctions/" + id + "/appeal", other.token(), world.in(),
                Map.of("grounds", "不是我们")).expectProblem(404, "sanction-not-found");
        world.api.call("POST", "/api/v1/sanctions/" + id + "/appeal-decision", world.admin, world.in(),
                Map.of("revoke", true, "note", "无申诉")).expectProblem(409, "sanction-no-appeal");
        JsonNode appealed = world.api.call("POST", "/api/v1/employers/me/sanctions/" + id + "/appeal",
                employer.token(), world.in(), Map.of("grounds", "服装费系工人自愿购买，有收据为证")).expect(200).body();
        assertThat(appealed.get("decidedBy").isNull()).isTrue();
        assertThat(appealed.get("appeal").get("result").isNull()).isTrue();
        assertThat(appealed.get("state").asString()).as("an appeal does not stay the measure").isEqualTo("IN_FORCE");
        world.api.call("POST", "/api/v1/employers/me/sanctions/" + id + "/appeal", employer.token(), world.in(),
                Map.of("grounds", "再申诉一次")).expectProblem(409, "sanction-appeal-closed");

        JsonNode revoked = world.api.call("POST", "/api/v1/sanctions/" + id + "/appeal-decision", world.admin,
                world.in(), Map.of("revoke", true, "note", "收据属实，撤销原决定")).expect(200).body();
        assertThat(revoked.get("state").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("appeal").get("result").asString()).isEqualTo("REVOKED");
        assertThat(publish(employer)).isEqualTo(201);
        JsonNode mine = world.api.get("/api/v1/employers/me/sanctions", employer.token(), world.in()).expect(200)
                .body();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("appeal").get("resultNote").asString()).isEqualTo("收据属实，撤销原决定");
    }

    @Test
    void anOrderToCorrectHasADeadlineInWorkingDaysAndIsCheckedOnce() {
        OrderWorld.Person employer = world.employer();
        String job = employerJob(employer).get("id").asString();
        Map<String, Object> body = decision(employer, "ORDER_TO_CORRECT");
        body.put("correctWithinDays", 5);
        JsonNode order = decide(body);
        Instant decidedAt = Instant.parse(order.get("decidedAt").asString());
        assertThat(Instant.parse(order.get("endsAt").asString())).isEqualTo(
                TenantContext.call(new TenantCode(world.city), () -> calendar.deadline(decidedAt, 5)));
        assertThat(order.get("jobsTakenDown").asInt()).isZero();
        assertThat(world.api.get("/api/v1/jobs/" + job, world.admin, world.in()).body().get("status").asString())
                .isEqualTo("OPEN");
        assertThat(publish(employer)).as("an order to correct bans nothing").isEqualTo(201);

        String id = order.get("id").asString();
        world.api.call("POST", "/api/v1/sanctions/" + id + "/lift", world.admin, world.in(), Map.of("note", "x"))
                .expectProblem(409, "sanction-not-in-force");
        JsonNode checked = world.api.call("POST", "/api/v1/sanctions/" + id + "/check", world.staff(), world.in(),
                Map.of("corrected", false, "note", "仍在收取服装费")).expect(200).body();
        assertThat(checked.get("outcome").asString()).isEqualTo("NOT_CORRECTED");
        assertThat(checked.get("state").asString()).isEqualTo("DONE");
        world.api.call("POST", "/api/v1/sanctions/" + id + "/check", world.staff(), world.in(),
                Map.of("corrected", true, "note", "改了")).expectProblem(409, "sanction-not-in-force");

        // The next rung: its jobs come down.
        JsonNode takeDown = decide(decision(employer, "TAKE_DOWN_JOBS"));
        assertThat(takeDown.get("jobsTakenDown").asInt()).isEqualTo(2);
        assertThat(takeDown.get("state").asString()).isEqualTo("DONE");
        assertThat(world.api.get("/api/v1/sanctions?current=true&employerId=" + employer.id(), world.staff(),
                world.in()).expect(200).body()).isEmpty();
        assertThat(world.api.get("/api/v1/sanctions?employerId=" + employer.id(), world.staff(), world.in()).body())
                .extracting(s -> s.get("measure").asString()).containsExactly("TAKE_DOWN_JOBS", "ORDER_TO_CORRECT");
    }

    @Test
    void aTermThatDoesNotFitTheMeasureAnUnknownEmployerAndStaffDecidingAreRefused() {
        OrderWorld.Person employer = world.employer();
        world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), decision(employer, "ORDER_TO_CORRECT"))
                .expectProblem(400, "sanction-term");
        Map<String, Object> past = decision(employer, "SUSPEND");
        past.put("suspendedThrough", LocalDate.now(China.ZONE).toString());
        world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), past).expectProblem(400, "sanction-term");
        Map<String, Object> closeWithDays = decision(employer, "CLOSE");
        closeWithDays.put("correctWithinDays", 3);
        world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), closeWithDays)
                .expectProblem(400, "sanction-term");
        Map<String, Object> nobody = decision(employer, "CLOSE");
        nobody.put("employerId", "00000000-0000-0000-0000-000000000001");
        world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), nobody)
                .expectProblem(404, "employer-not-found");
        Map<String, Object> unknownMeasure = decision(employer, "FINE");
        world.api.call("POST", "/api/v1/sanctions", world.admin, world.in(), unknownMeasure).expect(400);
        world.api.call("POST", "/api/v1/sanctions", world.staff(), world.in(), decision(employer, "CLOSE")).expect(403);
        world.api.get("/api/v1/sanctions/00000000-0000-0000-0000-000000000002", world.admin, world.in())
                .expectProblem(404, "sanction-not-found");
        assertThat(world.api.get("/api/v1/sanctions?employerId=" + employer.id(), world.admin, world.in()).body())
                .isEmpty();
    }
}
