package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.DemoNetwork;
import tools.jackson.databind.JsonNode;

/** 派单: check-in at a market, the masked waiting list, dispatch for the worker to confirm, and the 60-second KPI. */
class DispatchTests extends OrderWorldTests {

    private static long market;
    private static String staff;

    @BeforeEach
    void aCityWithAMarket() {
        if (staff == null) {
            DemoNetwork.load(api(), world.city, world.admin);
            market = api().get("/api/v1/network/carriers?kind=MARKET&status=OPEN&size=1", world.admin, world.in())
                    .body().at("/items/0/id").asLong();
            staff = world.staff();
        }
    }

    private String marketPath(String rest) {
        return "/api/v1/markets/" + market + rest;
    }

    @Test
    void aWorkerChecksInWithTheMarketsCodeIsListedMaskedDispatchedAndConfirms() {
        Instant before = Instant.now();
        OrderWorld.Person worker = world.worker();
        String code = world.api.get(marketPath("/check-in-code"), staff, world.in()).body().get("code").asString();

        Api.Response wrong = world.api.call("POST", marketPath("/check-ins"), worker.token(), world.in(),
                Map.of("code", "not-the-code"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body().get("type").asString()).endsWith("/check-in-code-invalid");
        Api.Response checkedIn = world.api.call("POST", marketPath("/check-ins"), worker.token(), world.in(),
                Map.of("code", code));
        assertThat(checkedIn.status()).as(checkedIn.raw().body()).isEqualTo(201);

        Api.Response waiting = world.api.get(marketPath("/waiting-workers"), staff, world.in());
        assertThat(waiting.status()).isEqualTo(200);
        JsonNode listed = waiting.body().valueStream().filter(w -> w.get("workerId").asString().equals(worker.id()))
                .findFirst().orElseThrow();
        assertThat(listed.get("name").asString()).isEqualTo("张**");
        assertThat(listed.get("phone").asString()).matches("139\\*{4}\\d{4}");
        assertThat(listed.get("categories").valueStream().map(JsonNode::asString)).containsExactly("agriculture");
        assertThat(world.api.get(marketPath("/waiting-workers"), worker.token(), world.in()).status()).isEqualTo(403);

        String jobId = world.job(null, 2, Instant.now().plus(1, ChronoUnit.DAYS)).get("id").asString();
        Api.Response dispatched = world.api.call("POST", "/api/v1/jobs/" + jobId + "/dispatch", staff, world.in(),
                Map.of("workerId", worker.id()));
        assertThat(dispatched.status()).as(dispatched.raw().body()).isEqualTo(201);
        JsonNode order = dispatched.body();
        assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(order.get("kind").asString()).isEqualTo("DISPATCH");
        assertThat(order.get("dispatchLatencyMs").asLong()).isNotNegative();

        Api.Response again = world.api.call("POST", "/api/v1/jobs/" + jobId + "/dispatch", staff, world.in(),
                Map.of("workerId", worker.id()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(world.api.get(marketPath("/waiting-workers"), staff, world.in()).body().valueStream()
                .map(w -> w.get("workerId").asString())).doesNotContain(worker.id());

        String orderId = order.get("id").asString();
        assertThat(world.act(staff, orderId, "confirm", null).status()).as("a dispatch is the worker's to confirm")
                .isEqualTo(404);
        Api.Response confirmed = world.act(worker.token(), orderId, "confirm", null);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("CONFIRMED");

        JsonNode kpi = world.api.get("/api/v1/orders/dispatch-kpi?from=" + before + "&to="
                + Instant.now().plusSeconds(1), staff, world.in()).body();
        assertThat(kpi.get("dispatches").asInt()).isEqualTo(1);
        assertThat(kpi.get("medianSeconds").asDouble()).isEqualTo(order.get("dispatchLatencyMs").asLong() / 1000.0);
    }

    @Test
    void staffCheckInAWorkerAndOnlyWaitingWorkersAreDispatched() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(null, 1, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        Api.Response notWaiting = world.api.call("POST", "/api/v1/jobs/" + jobId + "/dispatch", staff, world.in(),
                Map.of("workerId", worker.id()));
        assertThat(notWaiting.status()).isEqualTo(409);
        assertThat(notWaiting.body().get("type").asString()).endsWith("/worker-not-waiting");
        assertThat(world.api.get("/api/v1/jobs/" + jobId, null, world.in()).body().get("filled").asInt())
                .as("the refused dispatch took no slot").isZero();

        Api.Response byStaff = world.api.call("POST", marketPath("/check-ins"), staff, world.in(),
                Map.of("workerId", worker.id()));
        assertThat(byStaff.status()).isEqualTo(201);
        assertThat(world.api.call("POST", "/api/v1/jobs/" + jobId + "/dispatch", staff, world.in(),
                Map.of("workerId", worker.id())).status()).isEqualTo(201);
        assertThat(world.api.get("/api/v1/jobs/" + jobId, null, world.in()).body().get("status").asString())
                .isEqualTo("FILLED");
    }

    @Test
    void theKpiCountsOnlyDispatchesInThePeriodAndRefusesAReversedOne() {
        Instant now = Instant.now();
        JsonNode empty = world.api.get("/api/v1/orders/dispatch-kpi?from=" + now.minus(400, ChronoUnit.DAYS) + "&to="
                + now.minus(399, ChronoUnit.DAYS), staff, world.in()).body();
        assertThat(empty.get("dispatches").asInt()).isZero();
        assertThat(empty.get("medianSeconds").isNull()).isTrue();
        assertThat(world.api.get("/api/v1/orders/dispatch-kpi?from=" + now + "&to=" + now.minusSeconds(60), staff,
                world.in()).status()).isEqualTo(400);
    }
}
