package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The order's clock with a clock the test controls: each timed step fires after its limit and not before, once, in
 * the history, the audit log and the worker's inbox; the city sets its limits. The scheduler itself is slowed to an hour
 * in these tests (see TenantCoreTests); the end-to-end suite runs it for real.
 */
class OrderClockTests extends OrderWorldTests {

    private static OrderWorld.Person employer;

    @Autowired
    OrderClock orderClock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anEmployer() {
        if (employer == null) {
            employer = world.employer();
        }
    }

    private int stepAt(Instant now) {
        return world.stepClock(orderClock, now);
    }

    private JsonNode order(String id) {
        return world.api.get("/api/v1/orders/" + id, world.admin, world.in()).expect(200).body();
    }

    private String status(String id) {
        return order(id).at("/order/status").asString();
    }

    private JsonNode lastStep(String id) {
        JsonNode history = order(id).get("history");
        return history.get(history.size() - 1);
    }

    private JsonNode job(String id) {
        return world.api.get("/api/v1/jobs/" + id, null, world.in()).expect(200).body();
    }

    private List<JsonNode> noticesOf(OrderWorld.Person worker, String orderId, String language) {
        return world.api.get("/api/v1/workers/me/notifications", worker.token(), world.in(language)).expect(200).body()
                .get("items").valueStream().filter(n -> orderId.equals(n.path("orderId").asString(null))).toList();
    }

    @Test
    void aGrabNobodyConfirmsIsReleasedAfterTheLimitOnceAndTheWorkerIsTold() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 1, Instant.now().plus(1, ChronoUnit.DAYS)).get("id").asString();
        Api.Response grabbed = world.grab(worker, jobId).expect(201);
        String orderId = grabbed.body().get("id").asString();
        Instant grabbedAt = Instant.parse(grabbed.body().get("createdAt").asString());
        assertThat(job(jobId).get("status").asString()).isEqualTo("FILLED");

        stepAt(grabbedAt.plus(14, ChronoUnit.MINUTES));
        assertThat(status(orderId)).isEqualTo("GRABBED");

        assertThat(stepAt(grabbedAt.plus(15, ChronoUnit.MINUTES).plusSeconds(1))).isPositive();
        assertThat(status(orderId)).isEqualTo("CANCELLED");
        JsonNode step = lastStep(orderId);
        assertThat(step.get("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(step.get("reasonCode").asString()).isEqualTo("NOT_CONFIRMED_IN_TIME");
        assertThat(job(jobId).get("status").asString()).as("the slot reopens").isEqualTo("OPEN");
        assertThat(job(jobId).get("filled").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".audit_event where target = ? "
                + "and action = 'order.cancelled' and detail like '%by=SYSTEM%'").param(orderId)
                .query(Integer.class).single()).isEqualTo(1);

        List<JsonNode> told = noticesOf(worker, orderId, "zh-CN");
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.get("kind").asString()).isEqualTo("ORDER");
            assertThat(n.get("orderStatus").asString()).isEqualTo("CANCELLED");
            assertThat(n.get("title").asString()).startsWith("抢单未获确认，已释放：");
        });
        assertThat(noticesOf(worker, orderId, "en").getFirst().get("title").asString())
                .startsWith("Grab not confirmed, released: ");

        stepAt(grabbedAt.plus(2, ChronoUnit.HOURS));
        assertThat(order(orderId).get("history")).as("stepped once").hasSize(2);
        assertThat(noticesOf(worker, orderId, "zh-CN")).hasSize(1);
        world.act(employer.token(), orderId, "confirm", null).expectProblem(409, "order-transition");
        assertThat(world.grab(world.worker(), jobId).status()).as("another worker takes the slot").isEqualTo(201);
    }

    @Test
    void aConfirmedWorkerWhoDoesNotCheckInIsANoShowAndTheSlotReopens() {
        OrderWorld.Person worker = world.worker();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String jobId = world.job(employer, 1, start).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);

        stepAt(start.plus(29, ChronoUnit.MINUTES));
        assertThat(status(orderId)).isEqualTo("CONFIRMED");
        stepAt(start.plus(30, ChronoUnit.MINUTES));
        assertThat(status(orderId)).isEqualTo("NO_SHOW");
        assertThat(lastStep(orderId).get("reasonCode").asString()).isEqualTo("NOT_CHECKED_IN_IN_TIME");
        assertThat(job(jobId).get("filled").asInt()).isZero();
        assertThat(noticesOf(worker, orderId, "zh-CN").stream().map(n -> n.get("orderStatus").asString()))
                .containsExactly("NO_SHOW", "CONFIRMED");
    }

    @Test
    void workCheckedInButNotMarkedDoneIsCompletedByRule() {
        OrderWorld.Person worker = world.worker();
        Instant start = Instant.now().plus(10, ChronoUnit.MINUTES);
        String jobId = world.job(employer, 1, start).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);
        world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK).expect(200);
        Instant end = Instant.parse(order(orderId).at("/order/endsAt").asString());

        stepAt(end.plus(11, ChronoUnit.HOURS));
        assertThat(status(orderId)).isEqualTo("CHECKED_IN");
        stepAt(end.plus(12, ChronoUnit.HOURS).plusSeconds(1));
        assertThat(status(orderId)).isEqualTo("COMPLETED");
        assertThat(lastStep(orderId).get("reasonCode").asString()).isEqualTo("NOT_COMPLETED_IN_TIME");
        assertThat(noticesOf(worker, orderId, "zh-CN").getFirst().get("title").asString()).startsWith("工作已完工：");
    }

    @Test
    void theCitySetsItsLimitsWhichApplyToOpenOrdersAndBadValuesAreRefused() {
        world.api.get("/api/v1/order-clock", world.admin, world.in()).expect(200);
        assertThat(world.api.get("/api/v1/order-clock", world.worker().token(), world.in()).status()).isEqualTo(403);
        Map<String, Object> limits = Map.of("confirmWithinMinutes", 5, "noShowAfterMinutes", 30,
                "completeAfterHours", 12, "paymentWithinDays", 7, "checkInRadiusMetres", 500);
        assertThat(world.api.call("PUT", "/api/v1/order-clock", world.staff(), world.in(), limits).status())
                .as("only the city administrator").isEqualTo(403);
        Api.Response bad = world.api.call("PUT", "/api/v1/order-clock", world.admin, world.in("zh-CN"),
                Map.of("confirmWithinMinutes", 0, "noShowAfterMinutes", 30, "completeAfterHours", 12,
                        "paymentWithinDays", 7, "checkInRadiusMetres", 10));
        bad.expectProblem(400, "invalid-request");
        assertThat(world.api.get("/api/v1/order-clock", world.admin, world.in()).body()
                .get("confirmWithinMinutes").asInt()).isEqualTo(15);

        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 1, Instant.now().plus(1, ChronoUnit.DAYS)).get("id").asString();
        Api.Response grabbed = world.grab(worker, jobId).expect(201);
        Instant grabbedAt = Instant.parse(grabbed.body().get("createdAt").asString());
        try {
            world.api.call("PUT", "/api/v1/order-clock", world.admin, world.in(), limits).expect(200);
            stepAt(grabbedAt.plus(5, ChronoUnit.MINUTES).plusSeconds(1));
            assertThat(status(grabbed.body().get("id").asString())).isEqualTo("CANCELLED");
        } finally {
            world.api.call("PUT", "/api/v1/order-clock", world.admin, world.in(),
                    Map.of("confirmWithinMinutes", 15, "noShowAfterMinutes", 30, "completeAfterHours", 12,
                            "paymentWithinDays", 7, "checkInRadiusMetres", 500)).expect(200);
        }
    }

    @Test
    void replicasSweepingAtOnceStepEachOrderExactlyOnce() throws Exception {
        String jobId = world.job(employer, 30, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(world.grab(world.worker(), jobId).expect(201).body().get("id").asString());
        }
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> sweep = () -> {
            start.await();
            return TenantContext.call(new TenantCode(world.city), () -> orderClock.stepDue(later, 7));
        };
        int stepped = 0;
        try (ExecutorService replicas = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(sweep));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                stepped += run.get();
            }
        }
        stepped += stepAt(later);
        assertThat(stepped).isGreaterThanOrEqualTo(30);
        for (String id : orders) {
            assertThat(order(id).get("history").valueStream()
                    .filter(s -> s.get("actorRole").asString().equals("SYSTEM"))).as("order %s", id).hasSize(1);
        }
        assertThat(job(jobId).get("filled").asInt()).isZero();
    }

    @Test
    void theMarketQueueEmptiesAtClosingTime() {
        DemoNetwork.load(api(), world.city, world.admin);
        long market = api().get("/api/v1/network/carriers?kind=MARKET&status=OPEN&size=1", world.admin, world.in())
                .body().at("/items/0/id").asLong();
        String staff = world.staff();
        OrderWorld.Person worker = world.worker();
        world.api.call("POST", "/api/v1/markets/" + market + "/check-ins", staff, world.in(),
                Map.of("workerId", worker.id())).expect(201);
        TenantCode city = new TenantCode(world.city);

        assertThat(TenantContext.call(city, () -> orderClock.closeMarketQueues(Instant.now()))).isZero();
        assertThat(waiting(market, staff)).contains(worker.id());
        assertThat(TenantContext.call(city, () -> orderClock.closeMarketQueues(Instant.now().plus(1,
                ChronoUnit.DAYS)))).isPositive();
        assertThat(waiting(market, staff)).doesNotContain(worker.id());
        assertThat(jdbc.sql("select ended_reason from t_" + world.city + ".market_check_in where worker_id = ?::uuid")
                .param(worker.id()).query(String.class).single()).isEqualTo("MARKET_CLOSED");
    }

    private List<String> waiting(long market, String staff) {
        return world.api.get("/api/v1/markets/" + market + "/waiting-workers", staff, world.in()).expect(200).body()
                .valueStream().map(w -> w.get("workerId").asString()).toList();
    }
}
