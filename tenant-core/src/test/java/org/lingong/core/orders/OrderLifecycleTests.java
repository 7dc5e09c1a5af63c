package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** An order from grab to completion, cancellation and no-show; each move audited in the order's history. */
class OrderLifecycleTests extends OrderWorldTests {

    private static OrderWorld.Person employer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCity() {
        if (employer == null) {
            employer = world.employer();
        }
    }

    private static String statusOf(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body().get("status").asString();
    }

    @Test
    void aGrabIsConfirmedByTheEmployerCheckedInCompletedAndItsHistoryShowsWhoAndWhen() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 2, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = world.grab(worker, jobId).body().get("id").asString();

        Api.Response early = world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("type").asString()).endsWith("/order-transition");
        Api.Response selfConfirm = world.act(worker.token(), orderId, "confirm", null);
        assertThat(selfConfirm.status()).as("the worker's grab is confirmed by the other side").isEqualTo(404);

        assertThat(statusOf(world.act(employer.token(), orderId, "confirm", null))).isEqualTo("CONFIRMED");
        assertThat(statusOf(world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK))).isEqualTo("CHECKED_IN");
        assertThat(world.act(worker.token(), orderId, "complete", null).status()).isEqualTo(403);
        assertThat(statusOf(world.act(employer.token(), orderId, "complete", null))).isEqualTo("COMPLETED");
        Api.Response cancelDone = world.act(employer.token(), orderId, "cancel", Map.of("reason", "x"));
        assertThat(cancelDone.status()).isEqualTo(409);

        JsonNode detail = world.api.get("/api/v1/orders/" + orderId, worker.token(), world.in()).body();
        List<String> steps = detail.get("history").valueStream()
                .map(s -> s.get("to").asString() + "/" + s.get("actorRole").asString()).toList();
        assertThat(steps).containsExactly("GRABBED/WORKER", "CONFIRMED/EMPLOYER", "CHECKED_IN/WORKER",
                "COMPLETED/EMPLOYER");
        assertThat(detail.get("history").valueStream().map(s -> s.get("at").asString())).allMatch(at -> !at.isBlank());
        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".audit_event where target = ? and action like 'order.%'")
                .param(orderId).query(Integer.class).single()).isEqualTo(4);

        OrderWorld.Person stranger = world.worker();
        assertThat(world.api.get("/api/v1/orders/" + orderId, stranger.token(), world.in()).status()).isEqualTo(404);
        assertThat(world.api.get("/api/v1/orders/" + orderId, world.employer().token(), world.in()).status())
                .isEqualTo(404);
    }

    @Test
    void cancellingFreesTheSlotAndReopensAFilledJobWhileLateWorkerCancellationsNeedACode() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 1, Instant.now().plus(1, ChronoUnit.HOURS)).get("id").asString();
        String orderId = world.grab(worker, jobId).body().get("id").asString();
        assertThat(world.api.get("/api/v1/jobs/" + jobId, null, world.in()).body().get("status").asString())
                .isEqualTo("FILLED");

        Api.Response late = world.act(worker.token(), orderId, "cancel", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("type").asString()).endsWith("/late-cancel-needs-code");
        Api.Response cancelled = world.act(worker.token(), orderId, "cancel",
                Map.of("reasonCode", "ILLNESS", "reason", "发烧"));
        assertThat(statusOf(cancelled)).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("cancelReasonCode").asString()).isEqualTo("ILLNESS");

        JsonNode job = world.api.get("/api/v1/jobs/" + jobId, null, world.in()).body();
        assertThat(job.get("status").asString()).isEqualTo("OPEN");
        assertThat(job.get("filled").asInt()).isZero();
        List<String> events = jdbc.sql("select payload::jsonb ->> 'status' from t_" + world.city
                + ".outbox_event where aggregate_id = ?::uuid order by id").param(jobId).query(String.class).list();
        assertThat(events).containsExactly("OPEN", "FILLED", "OPEN");

        JsonNode mine = world.api.get("/api/v1/me/orders", worker.token(), world.in()).body();
        assertThat(mine.get("cancellationsLast30Days").asInt()).isEqualTo(1);
        assertThat(world.grab(world.worker(), jobId).status()).as("the freed slot can be grabbed").isEqualTo(201);
    }

    @Test
    void theEmployerSideCancelsWithAReasonAndRecordsANoShowAfterTheGrace() {
        OrderWorld.Person worker = world.worker();
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS);
        String jobId = world.job(employer, 2, started).get("id").asString();
        String orderId = world.grab(worker, jobId).body().get("id").asString();
        assertThat(world.act(employer.token(), orderId, "no-show", null).status())
                .as("only a confirmed order").isEqualTo(409);
        assertThat(statusOf(world.act(employer.token(), orderId, "confirm", null))).isEqualTo("CONFIRMED");
        assertThat(statusOf(world.act(employer.token(), orderId, "no-show", null))).isEqualTo("NO_SHOW");
        assertThat(jdbc.sql("select filled from t_" + world.city + ".job where id = ?::uuid").param(jobId)
                .query(Integer.class).single()).isZero();

        String soon = world.job(employer, 2, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        String second = world.grab(worker, soon).body().get("id").asString();
        Api.Response noReason = world.act(employer.token(), second, "cancel", null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("type").asString()).endsWith("/cancel-reason-required");
        assertThat(world.act(employer.token(), second, "no-show", null).body().get("type").asString())
                .endsWith("/order-transition");
        assertThat(statusOf(world.act(employer.token(), second, "cancel", Map.of("reason", "活动取消"))))
                .isEqualTo("CANCELLED");
    }

    @Test
    void eachSideListsItsOwnOrdersAndStaffFilter() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 3, Instant.now().plus(5, ChronoUnit.DAYS)).get("id").asString();
        String orderId = world.grab(worker, jobId).body().get("id").asString();

        JsonNode mine = world.api.get("/api/v1/me/orders", worker.token(), world.in()).body();
        assertThat(mine.get("items").valueStream().map(o -> o.get("id").asString())).containsExactly(orderId);
        JsonNode employers = world.api.get("/api/v1/employers/me/orders?jobId=" + jobId, employer.token(), world.in())
                .body();
        assertThat(employers.get("items").valueStream().map(o -> o.get("id").asString())).containsExactly(orderId);
        // The employer knows the worker as the grab asks it to decide: masked name and skills, no way to call.
        JsonNode named = employers.at("/workers/" + worker.id());
        assertThat(named.get("name").asString()).isEqualTo("张**");
        assertThat(named.get("skills").valueStream().map(JsonNode::asString)).containsExactly("采摘");
        assertThat(employers.toString()).doesNotContain("张三丰", "phone", "idNumber");
        JsonNode staff = world.api.get("/api/v1/orders?workerId=" + worker.id() + "&status=GRABBED", world.admin,
                world.in()).body();
        assertThat(staff.get("total").asInt()).isEqualTo(1);
        assertThat(world.api.get("/api/v1/orders?workerId=" + worker.id() + "&status=CONFIRMED", world.admin,
                world.in()).body().get("total").asInt()).isZero();
        assertThat(world.api.get("/api/v1/orders", worker.token(), world.in()).status()).isEqualTo(403);
    }
}
