package org.lingong.core.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.calendar.WorkingCalendar;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 投诉举报: a worker, an employer or staff on the hotline report a job, an employer or an agency; the desk takes each
 * through its workflow within the city's deadlines in working days, reminded before and escalated after, once; the
 * reporter follows every step; nobody else — and no other city — sees it.
 */
class ComplaintTests extends OrderWorldTests {

    @Autowired
    Complaints complaints;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> about(String kind, Object subjectId, String category, String text) {
        Map<String, Object> filing = new HashMap<>();
        filing.put("subjectKind", kind);
        filing.put("subjectId", subjectId);
        filing.put("category", category);
        filing.put("text", text);
        return filing;
    }

    private JsonNode step(String staff, String id, String status, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        return world.api.call("POST", "/api/v1/complaints/" + id + "/steps", staff, world.in(), body).expect(200)
                .body();
    }

    private Instant due(JsonNode complaint) {
        return Instant.parse(complaint.get("dueAt").asString());
    }

    @Test
    void aWorkerReportsAJobAndTheDeskTakesItThroughEveryStepWithinItsDeadlines() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(null, 2, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        JsonNode filed = world.api.call("POST", "/api/v1/complaints", worker.token(), world.in(),
                about("JOB", jobId, "FEES_DEMANDED", "要先交 200 元服装费，联系人 138-1234-5678")).expect(201).body();
        String id = filed.get("id").asString();
        assertThat(filed.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(filed.get("channel").asString()).isEqualTo("WORKER_PAGE");
        assertThat(filed.get("subjectName").asString()).isNotBlank();
        // The number is starred before it is kept; the deadline is one working day by default.
        assertThat(filed.get("text").asString()).isEqualTo("要先交 200 元服装费，联系人 ***-****-****");
        Instant received = Instant.parse(filed.get("receivedAt").asString());
        assertThat(due(filed)).isEqualTo(TenantContext.call(new TenantCode(world.city),
                () -> calendar.deadline(received, 1)));

        String staff = world.staff();
        JsonNode desk = world.api.get("/api/v1/complaints", staff, world.in()).expect(200).body();
        assertThat(desk).anySatisfy(c -> {
            assertThat(c.get("id").asString()).isEqualTo(id);
            assertThat(c.get("reporterName").asString()).isEqualTo("张**");
            assertThat(c.get("urgency").asString()).isIn("ON_TIME", "DUE_SOON");
        });

        JsonNode accepted = step(staff, id, "ACCEPTED", null);
        Instant decideBy = due(accepted);
        assertThat(decideBy).isEqualTo(TenantContext.call(new TenantCode(world.city),
                () -> calendar.deadline(Instant.parse(accepted.get("steps").get(1).get("at").asString()), 15)));
        // Investigating keeps the decision's deadline.
        assertThat(due(step(staff, id, "INVESTIGATING", "已约谈用工单位"))).isEqualTo(decideBy);
        world.api.call("POST", "/api/v1/complaints/" + id + "/steps", staff, world.in(), Map.of("status", "DECIDED"))
                .expectProblem(400, "complaint-note-required");
        step(staff, id, "DECIDED", "责令退还服装费 200 元，岗位下架");
        JsonNode closed = step(staff, id, "CLOSED", null);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("dueAt").isNull()).isTrue();
        assertThat(closed.get("urgency").asString()).isEqualTo("DONE");
        world.api.call("POST", "/api/v1/complaints/" + id + "/steps", staff, world.in(), Map.of("status", "ACCEPTED"))
                .expectProblem(409, "complaint-transition");

        // The reporter follows every step and what was decided, without the staff's names.
        JsonNode mine = world.api.get("/api/v1/complaints/mine", worker.token(), world.in()).expect(200).body();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("steps")).extracting(s -> s.get("status").asString())
                .containsExactly("RECEIVED", "ACCEPTED", "INVESTIGATING", "DECIDED", "CLOSED");
        assertThat(mine.get(0).get("steps").get(3).get("note").asString()).isEqualTo("责令退还服装费 200 元，岗位下架");
        assertThat(mine.get(0).get("steps").get(1).get("by").isNull()).isTrue();
        assertThat(world.api.get("/api/v1/complaints/" + id, staff, world.in()).expect(200).body().get("steps").get(1)
                .get("by").asString()).isNotBlank();
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(id).query(String.class).list())
                .containsSubsequence("complaint.filed", "complaint.stepped", "complaint.read");
    }

    @Test
    void aRejectionSaysWhyAndEndsTheComplaint() {
        String staff = world.staff();
        String id = world.api.call("POST", "/api/v1/complaints", world.worker().token(), world.in(),
                about("EMPLOYER", world.employer().id(), "OTHER", "态度不好")).expect(201).body().get("id").asString();
        world.api.call("POST", "/api/v1/complaints/" + id + "/steps", staff, world.in(),
                Map.of("status", "REJECTED", "note", "  ")).expectProblem(400, "complaint-note-required");
        world.api.call("POST", "/api/v1/complaints/" + id + "/steps", staff, world.in(), Map.of("status", "CLOSED"))
                .expectProblem(409, "complaint-transition");
        JsonNode rejected = step(staff, id, "REJECTED", "不属于人社部门管辖，请向市场监管部门反映");
        assertThat(rejected.get("dueAt").isNull()).isTrue();
        assertThat(world.api.get("/api/v1/complaints?open=true", staff, world.in()).body())
                .noneSatisfy(c -> assertThat(c.get("id").asString()).isEqualTo(id));
        assertThat(world.api.get("/api/v1/complaints?open=false&status=REJECTED", staff, world.in()).body())
                .anySatisfy(c -> assertThat(c.get("id").asString()).isEqualTo(id));
    }

    @Test
    void aDeadlineNearIsRemindedAndAPassedOneEscalatedOnceEach() {
        String id = world.api.call("POST", "/api/v1/complaints", world.worker().token(), world.in(),
                about("AGENCY", null, "FAKE_JOB", "收了介绍费就不见人")).expect(400).body().get("type").asString();
        assertThat(id).endsWith("/complaint-subject-required");
        Map<String, Object> agency = about("AGENCY", null, "FAKE_JOB", "收了介绍费就不见人");
        agency.put("subjectName", "某某人力咨询");
        JsonNode filed = world.api.call("POST", "/api/v1/complaints", world.worker().token(), world.in(), agency)
                .expect(201).body();
        UUID complaint = UUID.fromString(filed.get("id").asString());
        Instant due = due(filed);
        TenantCode city = new TenantCode(world.city);

        TenantContext.call(city, () -> complaints.sweep(due.minus(Duration.ofHours(25))));
        assertThat(marks(complaint)).containsExactly(false, false);
        TenantContext.call(city, () -> complaints.sweep(due.minus(Duration.ofHours(23))));
        assertThat(marks(complaint)).containsExactly(true, false);
        TenantContext.call(city, () -> complaints.sweep(due.plusSeconds(60)));
        TenantContext.call(city, () -> complaints.sweep(due.plusSeconds(120)));
        assertThat(marks(complaint)).containsExactly(true, true);
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(complaint.toString()).query(String.class).list())
                .containsOnlyOnce("complaint.reminded", "complaint.escalated");

        // The next step starts its own deadline, unmarked.
        step(world.staff(), complaint.toString(), "ACCEPTED", null);
        assertThat(marks(complaint)).containsExactly(false, false);
    }

    private java.util.List<Boolean> marks(UUID complaint) {
        return jdbc.sql("select reminded_at is not null, escalated_at is not null from t_" + world.city
                        + ".complaint where id = ?")
                .param(complaint).query((rs, row) -> java.util.List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    @Test
    void theCitySetsItsDeadlinesAndAnonymousOrHotlineReportersStayUnnamed() {
        world.api.call("PUT", "/api/v1/complaints/settings", world.admin, world.in(),
                Map.of("acceptWithinDays", 3, "decideWithinDays", 20, "closeWithinDays", 5, "remindBeforeHours", 8))
                .expect(200);
        try {
            deadlinesSetAndReportersUnnamed();
        } finally {
            // The other tests of this city count on the defaults.
            world.api.call("PUT", "/api/v1/complaints/settings", world.admin, world.in(),
                    Map.of("acceptWithinDays", 1, "decideWithinDays", 15, "closeWithinDays", 5,
                            "remindBeforeHours", 24)).expect(200);
        }
    }

    private void deadlinesSetAndReportersUnnamed() {
        assertThat(world.api.call("PUT", "/api/v1/complaints/settings", world.staff(), world.in(),
                Map.of("acceptWithinDays", 3, "decideWithinDays", 20, "closeWithinDays", 5, "remindBeforeHours", 8))
                .status()).isEqualTo(403);
        world.api.call("PUT", "/api/v1/complaints/settings", world.admin, world.in(),
                Map.of("acceptWithinDays", 0, "decideWithinDays", 20, "closeWithinDays", 5, "remindBeforeHours", 8))
                .expectProblem(400, "invalid-request");

        OrderWorld.Person employer = world.employer();
        Map<String, Object> anonymous = about("AGENCY", null, "FEES_DEMANDED", "冒充零工市场收取报名费");
        anonymous.put("subjectName", "某劳务中介");
        anonymous.put("anonymous", true);
        JsonNode filed = world.api.call("POST", "/api/v1/complaints", employer.token(), world.in(), anonymous)
                .expect(201).body();
        Instant received = Instant.parse(filed.get("receivedAt").asString());
        assertThat(due(filed)).isEqualTo(TenantContext.call(new TenantCode(world.city),
                () -> calendar.deadline(received, 3)));
        String staff = world.staff();
        JsonNode seen = world.api.get("/api/v1/complaints/" + filed.get("id").asString(), staff, world.in())
                .expect(200).body();
        assertThat(seen.get("channel").asString()).isEqualTo("EMPLOYER_WORKSPACE");
        assertThat(seen.get("anonymous").asBoolean()).isTrue();
        assertThat(seen.get("reporterName").isNull()).isTrue();
        assertThat(seen.get("steps").get(0).get("by").asString()).isEqualTo("anonymous");
        // Anonymous to the desk, not to themselves: the employer still follows it.
        assertThat(world.api.get("/api/v1/complaints/mine", employer.token(), world.in()).body()).hasSize(1);

        JsonNode hotline = world.api.call("POST", "/api/v1/complaints", staff, world.in(),
                about("EMPLOYER", employer.id(), "WAGE_ARREARS", "来电反映：干了三天没拿到工钱")).expect(201).body();
        assertThat(hotline.get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(hotline.get("reporterName").isNull()).isTrue();
        assertThat(hotline.get("subjectName").asString()).isEqualTo("宿迁市好帮手家政服务有限公司");
    }

    @Test
    void badFilingsAreRefusedWithNothingStored() {
        String token = world.worker().token();
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("JOB", UUID.randomUUID(), "FAKE_JOB", "假岗位")).expectProblem(400, "complaint-subject-not-found");
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("EMPLOYER", null, "FAKE_JOB", "假岗位")).expectProblem(400, "complaint-subject-required");
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("JOB", UUID.randomUUID(), null, "假岗位")).expectProblem(400, "invalid-request");
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("JOB", UUID.randomUUID(), "FAKE_JOB", "  ")).expectProblem(400, "invalid-request");
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("JOB", UUID.randomUUID(), "NOT_A_CATEGORY", "假岗位")).expectProblem(400, "invalid-request");
        world.api.call("POST", "/api/v1/complaints", token, world.in(),
                about("JOB", UUID.randomUUID(), "FAKE_JOB", "长".repeat(1001))).expectProblem(400, "invalid-request");
        assertThat(world.api.get("/api/v1/complaints/mine", token, world.in()).body()).isEmpty();
        world.api.get("/api/v1/complaints/" + UUID.randomUUID(), world.staff(), world.in())
                .expectProblem(404, "complaint-not-found");
    }

    @Test
    void nobodyElseAndNoOtherCitySeesAComplaint() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(null, 1, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        String id = world.api.call("POST", "/api/v1/complaints", worker.token(), world.in(),
                about("JOB", jobId, "DISCRIMINATION", "说只要本地人")).expect(201).body().get("id").asString();
        // Another worker of the city: as if it did not exist; and workers have no desk.
        OrderWorld.Person stranger = world.worker();
        world.api.get("/api/v1/complaints/" + id, stranger.token(), world.in()).expectProblem(404, "complaint-not-found");
        assertThat(world.api.get("/api/v1/complaints", stranger.token(), world.in()).status()).isEqualTo(403);
        assertThat(world.api.get("/api/v1/complaints/" + id, worker.token(), world.in()).expect(200).body()
                .get("status").asString()).isEqualTo("RECEIVED");

        try (OrderWorld other = new OrderWorld(world.api)) {
            String otherStaff = other.staff();
            other.api.get("/api/v1/complaints/" + id, otherStaff, other.in()).expectProblem(404, "complaint-not-found");
            assertThat(other.api.get("/api/v1/complaints?open=false", otherStaff, other.in()).expect(200).body())
                    .isEmpty();
            other.api.call("POST", "/api/v1/complaints/" + id + "/steps", otherStaff, other.in(),
                    Map.of("status", "ACCEPTED")).expectProblem(404, "complaint-not-found");
            // A job of this city is no subject in another.
            other.api.call("POST", "/api/v1/complaints", other.worker().token(), other.in(),
                    about("JOB", jobId, "FAKE_JOB", "假岗位")).expectProblem(400, "complaint-subject-not-found");
            // This city's staff token does not reach into the other city.
            Api.Response crossed = world.api.get("/api/v1/complaints", world.staff(), other.in());
            assertThat(crossed.status()).isIn(401, 403);
        }
    }
}
