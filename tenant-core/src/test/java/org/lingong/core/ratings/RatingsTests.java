package org.lingong.core.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
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

/** 评价: the two sides of a done order rate each other once; every refusal writes nothing. */
class RatingsTests extends OrderWorldTests {

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

    /** An order of the employer's job, grabbed and confirmed: not done yet. */
    private String confirmedOrder(OrderWorld.Person worker) {
        return confirmedOrder(employer, worker);
    }

    private static String confirmedOrder(OrderWorld.Person employer, OrderWorld.Person worker) {
        String jobId = world.job(employer, 1, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);
        return orderId;
    }

    private String completedOrder(OrderWorld.Person worker) {
        return completedOrder(employer, worker);
    }

    private static String completedOrder(OrderWorld.Person employer, OrderWorld.Person worker) {
        String orderId = confirmedOrder(employer, worker);
        world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK).expect(200);
        world.act(employer.token(), orderId, "complete", null).expect(200);
        return orderId;
    }

    private static Map<String, Object> rating(Object stars, List<String> tags, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("stars", stars);
        body.put("tags", tags);
        body.put("comment", comment);
        return body;
    }

    private Api.Response rate(String token, String orderId, Object body) {
        return world.api.call("POST", "/api/v1/orders/" + orderId + "/ratings", token, world.in(), body);
    }

    private JsonNode ratings(String token, String orderId) {
        return world.api.get("/api/v1/orders/" + orderId + "/ratings", token, world.in()).expect(200).body();
    }

    private int stored(String orderId) {
        return jdbc.sql("select count(*) from t_" + world.city + ".order_rating where order_id = ?::uuid")
                .param(orderId).query(Integer.class).single();
    }

    @Test
    void theWorkerAndTheEmployerRateEachOtherOnceAndEachSeesTheOthersStanding() {
        // An employer of this test's own, so its standing counts only what this test gives.
        OrderWorld.Person employer = world.employer();
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(employer, worker);
        JsonNode before = ratings(employer.token(), orderId);
        assertThat(before.get("mayRate").asBoolean()).isTrue();
        assertThat(before.get("tags").valueStream().map(JsonNode::asString).toList()).contains("PUNCTUAL")
                .doesNotContain("PAID_ON_TIME");
        assertThat(before.get("worker").get("count").asLong()).isZero();
        assertThat(before.get("worker").get("average").isNull()).isTrue();

        JsonNode given = rate(employer.token(), orderId, rating(5, List.of("PUNCTUAL", "RELIABLE", "PUNCTUAL"),
                "准时到岗，<b>干活利索</b>，电话13912345678")).expect(201).body();
        assertThat(given.get("by").asString()).isEqualTo("EMPLOYER");
        assertThat(given.get("tags").valueStream().map(JsonNode::asString).toList())
                .containsExactly("PUNCTUAL", "RELIABLE");
        assertThat(given.get("comment").asString()).isEqualTo("准时到岗，<b>干活利索</b>，电话***********");
        String stored = jdbc.sql("select comment from t_" + world.city + ".order_rating where order_id = ?::uuid")
                .param(orderId).query(String.class).single();
        assertThat(stored).as("the number is never kept").doesNotContain("13912345678");

        JsonNode workerView = ratings(worker.token(), orderId);
        assertThat(workerView.get("mayRate").asBoolean()).isTrue();
        assertThat(workerView.get("tags").valueStream().map(JsonNode::asString).toList()).contains("PAID_ON_TIME")
                .doesNotContain("PUNCTUAL");
        assertThat(workerView.get("worker").get("count").asLong()).isEqualTo(1);
        assertThat(workerView.get("worker").get("average").decimalValue()).isEqualByComparingTo("5.0");
        rate(worker.token(), orderId, rating(3, List.of("AS_POSTED"), null)).expect(201);

        JsonNode after = ratings(staff, orderId);
        assertThat(after.get("ratings").size()).isEqualTo(2);
        assertThat(after.get("employer").get("average").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(after.get("mayRate").asBoolean()).as("staff read, never rate").isFalse();
        assertThat(ratings(employer.token(), orderId).get("mayRate").asBoolean()).isFalse();

        // Final: a second rating by either side is refused, and nothing changes.
        rate(employer.token(), orderId, rating(1, List.of(), "改评")).expectProblem(409, "rating-exists");
        rate(worker.token(), orderId, rating(5, List.of(), null)).expectProblem(409, "rating-exists");
        assertThat(stored(orderId)).isEqualTo(2);
        List<String> audited = jdbc.sql("select a.action from t_" + world.city + ".audit_event a join t_"
                + world.city + ".order_rating r on a.target = r.id::text where r.order_id = ?::uuid")
                .param(orderId).query(String.class).list();
        assertThat(audited).containsExactly("rating.given", "rating.given");

        // A second order of the same worker: the average counts both.
        String second = completedOrder(employer, worker);
        rate(employer.token(), second, rating(4, null, null)).expect(201);
        JsonNode standing = ratings(employer.token(), second).get("worker");
        assertThat(standing.get("count").asLong()).isEqualTo(2);
        assertThat(standing.get("average").decimalValue()).isEqualByComparingTo("4.5");
    }

    @Test
    void aSettledOrderCanBeRatedAndTheStandingShowsBeforeTheWorkIsDone() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        String paymentId = world.api.call("POST", "/api/v1/orders/" + orderId + "/payments", employer.token(),
                world.in(), Map.of("amountFen", 18000, "method", "CASH", "paidAt", Instant.now().toString()))
                .expect(201).body().get("id").asString();
        world.api.call("POST", "/api/v1/orders/" + orderId + "/payments/" + paymentId + "/confirm", worker.token(),
                world.in(), null).expect(200);
        rate(worker.token(), orderId, rating(4, List.of("PAID_ON_TIME"), "结钱爽快")).expect(201);

        // The employer weighs the next grab of the same worker with the standing in view, before anything is done.
        String grabbed = world.grab(worker, world.job(employer, 1, Instant.now().plus(5, ChronoUnit.HOURS))
                .get("id").asString()).expect(201).body().get("id").asString();
        JsonNode onGrab = ratings(employer.token(), grabbed);
        assertThat(onGrab.get("mayRate").asBoolean()).isFalse();
        assertThat(onGrab.get("employer").get("count").asLong()).isPositive();
        assertThat(onGrab.get("worker")).isNotNull();
    }

    @Test
    void badRatingsAreRefusedAndWriteNothing() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        rate(employer.token(), orderId, rating(0, null, null)).expectProblem(400, "invalid-request");
        rate(employer.token(), orderId, rating(6, null, null)).expectProblem(400, "invalid-request");
        rate(employer.token(), orderId, rating(null, null, null)).expectProblem(400, "invalid-request");
        rate(employer.token(), orderId, rating(4, null, "好".repeat(Ratings.COMMENT_MAX + 1)))
                .expectProblem(400, "invalid-request");
        // A tag about the other side, or none of the list.
        rate(employer.token(), orderId, rating(4, List.of("PAID_ON_TIME"), null))
                .expectProblem(400, "rating-tag-unknown");
        Api.Response unknown = world.api.call("POST", "/api/v1/orders/" + orderId + "/ratings", worker.token(),
                world.in("en"), rating(4, List.of("<script>"), null));
        unknown.expectProblem(400, "rating-tag-unknown");
        assertThat(unknown.body().get("title").asString()).isEqualTo("The tag is not one of the choices");
        // Staff may read but not rate; another worker or employer learns nothing.
        rate(staff, orderId, rating(4, null, null)).expectProblem(403, "rating-party-only");
        rate(world.worker().token(), orderId, rating(4, null, null)).expectProblem(404, "order-not-found");
        rate(world.employer().token(), orderId, rating(4, null, null)).expectProblem(404, "order-not-found");
        world.api.get("/api/v1/orders/" + orderId + "/ratings", world.worker().token(), world.in())
                .expectProblem(404, "order-not-found");
        rate(worker.token(), UUID.randomUUID().toString(), rating(4, null, null)).expectProblem(404, "order-not-found");
        assertThat(stored(orderId)).isZero();
    }

    @Test
    void onlyDoneOrdersWithinTheWindowAreRated() {
        OrderWorld.Person worker = world.worker();
        String confirmed = confirmedOrder(worker);
        rate(worker.token(), confirmed, rating(5, null, null)).expectProblem(409, "rating-order-not-done");
        rate(employer.token(), confirmed, rating(5, null, null)).expectProblem(409, "rating-order-not-done");

        String released = world.grab(worker, world.job(employer, 1, Instant.now().plus(6, ChronoUnit.HOURS))
                .get("id").asString()).expect(201).body().get("id").asString();
        world.act(employer.token(), released, "cancel", Map.of("reason", "人已招满")).expect(200);
        rate(worker.token(), released, rating(1, null, "放鸽子")).expectProblem(409, "rating-order-not-done");
        rate(employer.token(), released, rating(1, null, null)).expectProblem(409, "rating-order-not-done");
        assertThat(ratings(worker.token(), released).get("mayRate").asBoolean()).isFalse();

        // Done long ago: the window has closed.
        String old = completedOrder(world.worker());
        jdbc.sql("update t_" + world.city + ".job_order set starts_at = starts_at - interval '40 days', ends_at = "
                + "ends_at - interval '40 days' where id = ?::uuid").param(old).update();
        Api.Response late = world.api.call("POST", "/api/v1/orders/" + old + "/ratings", employer.token(),
                world.in(), rating(5, null, null));
        late.expectProblem(409, "rating-window-closed");
        assertThat(late.body().get("title").asString()).isEqualTo("已超过评价期限");
        assertThat(stored(confirmed) + stored(released) + stored(old)).isZero();
    }

    @Test
    void aWorkerCannotRateAnOrderOfAJobPostedByStaffWithoutAnEmployer() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(null, 1, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(staff, orderId, "confirm", null).expect(200);
        world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK).expect(200);
        world.act(staff, orderId, "complete", null).expect(200);
        rate(worker.token(), orderId, rating(5, null, null)).expectProblem(409, "rating-no-employer");
        JsonNode seen = ratings(worker.token(), orderId);
        assertThat(seen.get("employer").isNull()).isTrue();
        assertThat(seen.get("mayRate").asBoolean()).isFalse();
    }
}
