package org.lingong.core.prioritygroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 重点群体认定: a job reserved for priority groups (公益性岗位, targeted jobs) takes only workers whose group station staff
 * certified against a document — declared, other, revoked or expired groups count nowhere; staff certify, renew and
 * revoke, audited; bad input is refused with nothing changed.
 */
class PriorityGroupCertificateTests extends OrderWorldTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    private String reservedJob(String group) {
        ObjectNode posting = JobsTests.posting().put("slots", 3)
                .put("startsAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString())
                .put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
                        .plus(4, ChronoUnit.HOURS).toString());
        posting.putArray("priorityGroups").add(group);
        return world.api.call("POST", "/api/v1/jobs", world.admin, world.in(), posting).expect(201).body()
                .get("id").asString();
    }

    private Api.Response certify(String staff, OrderWorld.Person worker, String group, Object body) {
        return world.api.call("PUT", "/api/v1/workers/" + worker.id() + "/priority-groups/" + group, staff,
                world.in(), body);
    }

    private static Map<String, Object> document(String evidence, LocalDate validUntil) {
        return Map.of("evidence", evidence, "validUntil", validUntil.toString());
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private int filled(String jobId) {
        return jdbc.sql("select filled from t_" + world.city + ".job where id = ?::uuid").param(jobId)
                .query(Integer.class).single();
    }

    @Test
    void onlyAWorkerCertifiedForTheJobsGroupGrabsIt() {
        String staff = world.staff();
        String jobId = reservedJob("DIFFICULTY");
        OrderWorld.Person worker = world.worker();

        // Not certified (a declared group would not count either): refused in both languages, nothing taken.
        world.grab(worker, jobId).expectProblem(403, "priority-group-required");
        Api.Response english = world.api.call("POST", "/api/v1/jobs/" + jobId + "/grab", worker.token(),
                world.in("en"), null);
        assertThat(english.body().get("title").asString())
                .isEqualTo("Only certified priority-group workers can take this job");
        // Certified for another group: still refused.
        certify(staff, worker, "VETERAN", document("VETERAN_CERTIFICATE", today().plusYears(1))).expect(200);
        world.grab(worker, jobId).expectProblem(403, "priority-group-required");
        assertThat(filled(jobId)).isZero();

        JsonNode certificate = certify(staff, worker, "DIFFICULTY",
                document("UNEMPLOYMENT_REGISTRATION", today().plusMonths(6))).expect(200).body();
        assertThat(certificate.get("status").asString()).isEqualTo("STANDING");
        assertThat(certificate.get("validUntil").asString()).isEqualTo(today().plusMonths(6).toString());
        world.grab(worker, jobId).expect(201);
        assertThat(filled(jobId)).isEqualTo(1);

        // Open jobs stay open to everyone.
        world.grab(world.worker(), world.job(null, 1, Instant.now().plus(3, ChronoUnit.DAYS)).get("id").asString())
                .expect(201);
    }

    @Test
    void aRevokedOrExpiredCertificateStopsCountingAndARenewalReplacesTheOld() {
        String staff = world.staff();
        String jobId = reservedJob("DISABLED");
        OrderWorld.Person revoked = world.worker();
        certify(staff, revoked, "DISABLED", document("DISABILITY_CERTIFICATE", today().plusYears(2))).expect(200);
        JsonNode withdrawn = world.api.call("POST", "/api/v1/workers/" + revoked.id()
                + "/priority-groups/DISABLED/revoke", staff, world.in(), Map.of("reason", " 证件系伪造 ")).expect(200)
                .body();
        assertThat(withdrawn.get("status").asString()).isEqualTo("REVOKED");
        assertThat(withdrawn.get("revokeReason").asString()).isEqualTo("证件系伪造");
        world.grab(revoked, jobId).expectProblem(403, "priority-group-required");

        // Expired yesterday (China's calendar): refused; renewed: taken, the old certificate kept as renewed.
        OrderWorld.Person lapsed = world.worker();
        certify(staff, lapsed, "DISABLED", document("DISABILITY_CERTIFICATE", today().plusDays(1))).expect(200);
        jdbc.sql("update t_" + world.city + ".priority_group_certificate set valid_until = ? where worker_id = ?::uuid")
                .params(today().minusDays(1), lapsed.id()).update();
        world.grab(lapsed, jobId).expectProblem(403, "priority-group-required");
        certify(staff, lapsed, "DISABLED", document("DISABILITY_CERTIFICATE", today().plusYears(1))).expect(200);
        world.grab(lapsed, jobId).expect(201);

        JsonNode history = world.api.get("/api/v1/workers/" + lapsed.id() + "/priority-groups", staff, world.in())
                .expect(200).body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("STANDING");
        assertThat(history.get(1).get("status").asString()).isEqualTo("REVOKED");
        assertThat(history.get(1).get("revokeReason").asString()).isEqualTo("RENEWED");
        // The worker sees the same; every certification, revocation and reading is in the city's audit trail.
        assertThat(world.api.get("/api/v1/workers/me/priority-groups", lapsed.token(), world.in()).expect(200).body())
                .hasSize(2);
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(lapsed.id()).query(String.class).list()).containsSubsequence(
                "worker.priority-group.certified", "worker.priority-group.certified", "worker.priority-group.read");
    }

    @Test
    void badCertificationsAreRefusedAndChangeNothing() {
        String staff = world.staff();
        OrderWorld.Person worker = world.worker();
        certify(staff, worker, "OLDER", document("IDENTITY_DOCUMENT", today())).expectProblem(400,
                "priority-certificate-validity");
        certify(staff, worker, "OLDER", document("IDENTITY_DOCUMENT", today().plusYears(6))).expectProblem(400,
                "priority-certificate-validity");
        certify(staff, worker, "OLDER", Map.of("validUntil", today().plusYears(1).toString())).expectProblem(400,
                "invalid-request");
        certify(staff, worker, "OLDER", document("PASSPORT", today().plusYears(1))).expect(400);
        certify(staff, worker, "ASTRONAUT", document("OTHER", today().plusYears(1))).expect(400);
        world.api.call("PUT", "/api/v1/workers/" + java.util.UUID.randomUUID() + "/priority-groups/OLDER", staff,
                world.in(), document("IDENTITY_DOCUMENT", today().plusYears(1))).expectProblem(404, "worker-not-found");
        world.api.call("POST", "/api/v1/workers/" + worker.id() + "/priority-groups/OLDER/revoke", staff, world.in(),
                Map.of("reason", "无")).expectProblem(404, "priority-certificate-not-found");
        world.api.call("POST", "/api/v1/workers/" + worker.id() + "/priority-groups/OLDER/revoke", staff, world.in(),
                Map.of("reason", " ")).expectProblem(400, "invalid-request");
        // A worker cannot certify anyone, themselves included.
        certify(worker.token(), worker, "OLDER", document("IDENTITY_DOCUMENT", today().plusYears(1))).expect(403);

        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".priority_group_certificate where worker_id = ?::uuid")
                .param(worker.id()).query(Integer.class).single()).isZero();
    }
}
