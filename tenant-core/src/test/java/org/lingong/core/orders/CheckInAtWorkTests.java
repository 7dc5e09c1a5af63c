package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 到岗签到: the worker's position within the city's radius of the job's place, or the employer's rotating code; every
 * other way is refused with nothing changed.
 */
class CheckInAtWorkTests extends OrderWorldTests {

    private static OrderWorld.Person employer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anEmployer() {
        if (employer == null) {
            employer = world.employer();
        }
    }

    private record Confirmed(OrderWorld.Person worker, String orderId) {
    }

    private Confirmed confirmedOrderStartingSoon() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 1, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);
        return new Confirmed(worker, orderId);
    }

    private String status(String orderId) {
        return jdbc.sql("select status from t_" + world.city + ".job_order where id = ?::uuid").param(orderId)
                .query(String.class).single();
    }

    @Test
    void aWorkerNearTheWorkplaceChecksInAndOneFarAwayOrSilentIsRefused() {
        Confirmed order = confirmedOrderStartingSoon();

        Api.Response silent = world.api.call("POST", "/api/v1/orders/" + order.orderId() + "/check-in",
                order.worker().token(), world.in("zh-CN"), null);
        silent.expectProblem(400, "check-in-place-required");
        assertThat(silent.body().get("detail").asString()).contains("500 米");

        // About 1.1 km north of the job's place.
        Api.Response far = world.act(order.worker().token(), order.orderId(), "check-in",
                Map.of("latitude", 33.9731, "longitude", 118.2752));
        far.expectProblem(409, "check-in-too-far");
        assertThat(far.body().get("distanceMetres").asLong()).isBetween(1050L, 1150L);
        world.act(order.worker().token(), order.orderId(), "check-in", Map.of("latitude", 95, "longitude", 118))
                .expectProblem(400, "invalid-request");
        assertThat(status(order.orderId())).isEqualTo("CONFIRMED");

        world.act(order.worker().token(), order.orderId(), "check-in", OrderWorld.AT_WORK).expect(200);
        assertThat(status(order.orderId())).isEqualTo("CHECKED_IN");
    }

    @Test
    void theEmployersRotatingCodeChecksInAWorkerWithoutAPositionAndAnOldOrWrongCodeDoesNot() {
        Confirmed order = confirmedOrderStartingSoon();
        String path = "/api/v1/orders/" + order.orderId() + "/check-in-code";
        assertThat(world.api.get(path, order.worker().token(), world.in()).status()).isEqualTo(403);
        assertThat(world.api.get(path, world.employer().token(), world.in()).status())
                .as("another employer learns nothing").isEqualTo(404);
        String code = world.api.get(path, employer.token(), world.in()).expect(200).body().get("code").asString();

        world.act(order.worker().token(), order.orderId(), "check-in", Map.of("code", "not-a-code"))
                .expectProblem(403, "check-in-code-invalid");
        String jobId = world.api.get("/api/v1/orders/" + order.orderId(), employer.token(), world.in()).body()
                .at("/order/jobId").asString();
        String secret = jdbc.sql("select secret from t_" + world.city + ".job_check_in_code where job_id = ?")
                .param(UUID.fromString(jobId)).query(String.class).single();
        String stale = new RotatingCode(secret, jobId).current(Instant.now().minus(3, ChronoUnit.MINUTES)).value();
        world.act(order.worker().token(), order.orderId(), "check-in", Map.of("code", stale))
                .expectProblem(403, "check-in-code-invalid");
        assertThat(status(order.orderId())).isEqualTo("CONFIRMED");

        world.act(order.worker().token(), order.orderId(), "check-in", Map.of("code", code)).expect(200);
        assertThat(status(order.orderId())).isEqualTo("CHECKED_IN");
    }
}
