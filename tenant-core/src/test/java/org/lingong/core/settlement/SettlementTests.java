package org.lingong.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.orders.OrderWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 结算: payment recorded, confirmed (order SETTLED) or disputed (欠薪), totals; refusals write nothing. */
class SettlementTests extends TenantCoreTests {

    /** The demo posting pays 180.00 元 a day; the test jobs last two hours, so one day's wage is agreed. */
    private static final long AGREED_FEN = 18_000;

    private static OrderWorld world;
    private static OrderWorld.Person employer;
    private static String staff;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCity() {
        if (world == null) {
            world = new OrderWorld(api());
            employer = world.employer();
            staff = world.staff();
        }
    }

    @AfterAll
    static void deleteUsers() {
        world.close();
    }

    /** An order of the employer's job that the worker grabbed, checked in to and the employer completed. */
    private String completedOrder(OrderWorld.Person worker) {
        String jobId = world.job(employer, 2, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = expect(world.grab(worker, jobId), 201).body().get("id").asString();
        expect(world.act(employer.token(), orderId, "confirm", null), 200);
        expect(world.act(worker.token(), orderId, "check-in", null), 200);
        expect(world.act(employer.token(), orderId, "complete", null), 200);
        return orderId;
    }

    private static Map<String, Object> payment(long amountFen, String method, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("amountFen", amountFen, "method", method,
                "paidAt", Instant.now().toString()));
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    private static String reference() {
        return "WX" + System.nanoTime();
    }

    private Api.Response pay(String token, String orderId, Object body) {
        return world.api.call("POST", "/api/v1/orders/" + orderId + "/payments", token, world.in(), body);
    }

    private Api.Response answer(String token, String orderId, String paymentId, String action, Object body) {
        return world.api.call("POST", "/api/v1/orders/" + orderId + "/payments/" + paymentId + "/" + action, token,
                world.in(), body);
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response;
    }

    private static void problem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.body().get("type").asString()).endsWith("/" + slug);
    }

    private String orderStatus(String orderId) {
        return jdbc.sql("select status from t_" + world.city + ".job_order where id = ?::uuid").param(orderId)
                .query(String.class).single();
    }

    private int rows(String table, String orderId) {
        return jdbc.sql("select count(*) from t_" + world.city + "." + table + " where order_id = ?::uuid")
                .param(orderId).query(Integer.class).single();
    }

    private JsonNode citySummary() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return expect(world.api.get("/api/v1/settlements/summary?from=" + today + "&to=" + today, staff, world.in()),
                200).body().get("totals");
    }

    @Test
    void theEmployerPaysTheWorkerConfirmsAndTheOrderIsSettledWithTotalsForEachSide() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        long confirmedBefore = citySummary().get("confirmedFen").asLong();

        JsonNode paid = expect(pay(employer.token(), orderId, payment(AGREED_FEN, "WECHAT", reference())), 201).body();
        assertThat(paid.get("status").asString()).isEqualTo("RECORDED");
        assertThat(paid.get("agreedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(paid.get("comparedToAgreed").asString()).isEqualTo("AS_AGREED");
        String paymentId = paid.get("id").asString();
        assertThat(orderStatus(orderId)).as("the worker has not answered yet").isEqualTo("COMPLETED");

        JsonNode confirmed = expect(answer(worker.token(), orderId, paymentId, "confirm", null), 200).body();
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode order = world.api.get("/api/v1/orders/" + orderId, worker.token(), world.in()).body();
        assertThat(order.get("order").get("status").asString()).isEqualTo("SETTLED");
        assertThat(order.get("history").valueStream().map(s -> s.get("to").asString()).toList()).last()
                .isEqualTo("SETTLED");
        List<String> audited = jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(paymentId).query(String.class).list();
        assertThat(audited).containsExactly("payment.recorded", "payment.confirmed");

        JsonNode earnings = expect(world.api.get("/api/v1/me/earnings", worker.token(), world.in()), 200).body();
        assertThat(earnings.get("totals").get("confirmedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(earnings.get("totals").get("awaitingConfirmationFen").asLong()).isZero();
        assertThat(earnings.get("recent").get(0).get("id").asString()).isEqualTo(paymentId);
        JsonNode employerTotals = expect(world.api.get("/api/v1/employers/me/payments/summary", employer.token(),
                world.in()), 200).body();
        assertThat(employerTotals.get("confirmedFen").asLong()).isGreaterThanOrEqualTo(AGREED_FEN);
        assertThat(citySummary().get("confirmedFen").asLong()).isEqualTo(confirmedBefore + AGREED_FEN);

        problem(answer(worker.token(), orderId, paymentId, "confirm", null), 409, "payment-answered");
        problem(pay(employer.token(), orderId, payment(100, "CASH", null)), 409, "payment-order-not-completed");
        assertThat(world.api.get("/api/v1/orders/" + orderId + "/payments", worker.token(), world.in()).body()
                .size()).isEqualTo(1);
    }

    @Test
    void badPaymentsAreRefusedAndWriteNothing() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 2, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String confirmedOnly = expect(world.grab(worker, jobId), 201).body().get("id").asString();
        expect(world.act(employer.token(), confirmedOnly, "confirm", null), 200);
        problem(pay(employer.token(), confirmedOnly, payment(AGREED_FEN, "CASH", null)), 409,
                "payment-order-not-completed");
        expect(world.act(worker.token(), confirmedOnly, "check-in", null), 200);
        expect(world.act(employer.token(), confirmedOnly, "complete", null), 200);
        String orderId = confirmedOnly;

        problem(pay(employer.token(), orderId, payment(0, "CASH", null)), 400, "invalid-request");
        problem(pay(employer.token(), orderId, payment(-5, "CASH", null)), 400, "invalid-request");
        problem(pay(employer.token(), orderId, payment(AGREED_FEN, "BANK_TRANSFER", null)), 400, "invalid-request");
        problem(pay(employer.token(), orderId, payment(AGREED_FEN, "GOLD_BARS", null)), 400, "invalid-request");
        problem(pay(employer.token(), orderId, payment(AGREED_FEN, "ALIPAY", "单号 1")), 400, "invalid-request");
        Map<String, Object> future = payment(AGREED_FEN, "CASH", null);
        future.put("paidAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        problem(pay(employer.token(), orderId, future), 400, "payment-in-future");
        Map<String, Object> beforeOrder = payment(AGREED_FEN, "CASH", null);
        beforeOrder.put("paidAt", Instant.now().minus(30, ChronoUnit.DAYS).toString());
        problem(pay(employer.token(), orderId, beforeOrder), 400, "payment-before-order");

        Api.Response absurd = world.api.call("POST", "/api/v1/orders/" + orderId + "/payments", employer.token(),
                world.in("zh-CN"), payment(AGREED_FEN * 100, "CASH", null));
        problem(absurd, 400, "payment-amount-implausible");
        assertThat(absurd.body().get("agreedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(absurd.body().get("detail").asString()).contains("18000.00 元", "180.00 元");
        assertThat(rows("wage_payment", orderId)).as("no refused payment was written").isZero();

        String reference = reference();
        expect(pay(employer.token(), orderId, payment(AGREED_FEN * 2, "WECHAT", reference)), 201);
        problem(pay(employer.token(), orderId, payment(AGREED_FEN, "CASH", null)), 409, "payment-awaiting-worker");
        String other = completedOrder(world.worker());
        problem(pay(employer.token(), other, payment(AGREED_FEN, "WECHAT", reference)), 409,
                "payment-duplicate-reference");
        assertThat(rows("wage_payment", orderId)).isEqualTo(1);
        assertThat(rows("wage_payment", other)).isZero();
    }

    @Test
    void onlyTheOrdersSidesMayPayOrAnswerAndOnlyStaffSeeTheCity() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        OrderWorld.Person otherEmployer = world.employer();

        problem(pay(otherEmployer.token(), orderId, payment(AGREED_FEN, "CASH", null)), 404, "order-not-found");
        problem(pay(worker.token(), orderId, payment(AGREED_FEN, "CASH", null)), 403, "forbidden");
        String paymentId = expect(pay(staff, orderId, payment(AGREED_FEN, "CASH", null)), 201)
                .body().get("id").asString();
        problem(answer(world.worker().token(), orderId, paymentId, "confirm", null), 404, "order-not-found");
        problem(answer(employer.token(), orderId, paymentId, "confirm", null), 403, "forbidden");
        problem(answer(worker.token(), orderId, java.util.UUID.randomUUID().toString(), "confirm", null), 404,
                "payment-not-found");
        assertThat(world.api.get("/api/v1/orders/" + orderId + "/payments", otherEmployer.token(), world.in())
                .status()).isEqualTo(404);
        assertThat(world.api.get("/api/v1/settlements/summary?from=2026-01-01&to=2026-12-31", employer.token(),
                world.in()).status()).isEqualTo(403);
        problem(world.api.get("/api/v1/settlements/summary?from=2026-12-31&to=2026-01-01", staff, world.in()), 400,
                "period-reversed");
        assertThat(world.api.get("/api/v1/wage-arrears", worker.token(), world.in()).status()).isEqualTo(403);
        assertThat(world.api.get("/api/v1/me/earnings", employer.token(), world.in()).status()).isEqualTo(403);

        String otherCity = TestTenants.uniqueCode();
        TestTenants.onboard(world.api, otherCity, "32", "321300");
        Map<String, String> elsewhere = Map.of("X-Lingong-Tenant", otherCity);
        assertThat(world.api.call("POST", "/api/v1/orders/" + orderId + "/payments/" + paymentId + "/confirm",
                worker.token(), elsewhere, null).status()).isEqualTo(403);
        assertThat(world.api.get("/api/v1/settlements/summary?from=2026-01-01&to=2026-12-31", staff, elsewhere)
                .status()).isEqualTo(403);
        assertThat(orderStatus(orderId)).isEqualTo("COMPLETED");
    }

    @Test
    void aDisputedPaymentFilesArrearsThatALaterConfirmedPaymentCloses() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        JsonNode shortPaid = expect(pay(employer.token(), orderId, payment(10_000, "ALIPAY", reference())), 201).body();
        assertThat(shortPaid.get("comparedToAgreed").asString()).isEqualTo("BELOW_AGREED");
        String paymentId = shortPaid.get("id").asString();

        problem(answer(worker.token(), orderId, paymentId, "dispute", Map.of("reason", " ", "amountOwedFen", 8_000)),
                400, "invalid-request");
        problem(answer(worker.token(), orderId, paymentId, "dispute", Map.of("reason", "少付", "amountOwedFen", 0)),
                400, "invalid-request");
        assertThat(rows("wage_arrears", orderId)).isZero();

        JsonNode disputed = expect(answer(worker.token(), orderId, paymentId, "dispute",
                Map.of("reason", "约定日薪 180 元，只收到 100 元", "amountOwedFen", 8_000)), 201).body();
        assertThat(disputed.get("payment").get("status").asString()).isEqualTo("DISPUTED");
        JsonNode report = disputed.get("arrears");
        assertThat(report.get("status").asString()).isEqualTo("OPEN");
        assertThat(report.get("amountOwedFen").asLong()).isEqualTo(8_000);
        assertThat(orderStatus(orderId)).isEqualTo("COMPLETED");
        problem(answer(worker.token(), orderId, paymentId, "confirm", null), 409, "payment-answered");

        JsonNode open = expect(world.api.get("/api/v1/wage-arrears?status=OPEN&size=200", staff, world.in()), 200)
                .body();
        assertThat(open.get("items").valueStream().map(i -> i.get("orderId").asString())).contains(orderId);
        JsonNode earnings = world.api.get("/api/v1/me/earnings", worker.token(), world.in()).body().get("totals");
        assertThat(earnings.get("disputedFen").asLong()).isEqualTo(10_000);
        assertThat(earnings.get("outstandingFen").asLong()).isEqualTo(8_000);
        assertThat(citySummary().get("disputedFen").asLong()).isGreaterThanOrEqualTo(10_000);

        String topUp = expect(pay(employer.token(), orderId, payment(8_000, "BANK_TRANSFER", reference())), 201)
                .body().get("id").asString();
        expect(answer(worker.token(), orderId, topUp, "confirm", null), 200);
        assertThat(orderStatus(orderId)).isEqualTo("SETTLED");
        JsonNode closed = world.api.get("/api/v1/wage-arrears?status=RESOLVED&size=200", staff, world.in()).body()
                .get("items").valueStream().filter(i -> i.get("orderId").asString().equals(orderId)).findFirst()
                .orElseThrow();
        assertThat(closed.get("resolvedByPayment").asString()).isEqualTo(topUp);
        assertThat(world.api.get("/api/v1/me/earnings", worker.token(), world.in()).body().get("totals")
                .get("outstandingFen").asLong()).isZero();
    }

    @Test
    void aWorkerLeftUnpaidReportsArrearsAfterThreeDaysAndStaffResolveIt() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        Map<String, Object> claim = Map.of("reason", "完工三天未付工资", "amountOwedFen", AGREED_FEN);
        String path = "/api/v1/orders/" + orderId + "/wage-arrears";

        Api.Response early = world.api.call("POST", path, worker.token(), world.in("zh-CN"), claim);
        problem(early, 409, "arrears-too-early");
        assertThat(early.body().get("title").asString()).isEqualTo("完工未满 3 天，暂不能反映欠薪");
        // The completion happened four days ago, as far as the order knows.
        jdbc.sql("update t_" + world.city + ".job_order set updated_at = updated_at - interval '4 days' where id = ?::uuid")
                .param(orderId).update();
        problem(world.api.call("POST", path, employer.token(), world.in(), claim), 403, "forbidden");
        problem(world.api.call("POST", path, world.worker().token(), world.in(), claim), 404, "order-not-found");

        JsonNode report = expect(world.api.call("POST", path, worker.token(), world.in(), claim), 201).body();
        assertThat(report.get("paymentId").isNull()).isTrue();
        problem(world.api.call("POST", path, worker.token(), world.in(), claim), 409, "arrears-already-open");
        assertThat(rows("wage_arrears", orderId)).isEqualTo(1);

        String resolve = "/api/v1/wage-arrears/" + report.get("id").asString() + "/resolve";
        problem(world.api.call("POST", resolve, staff, world.in(), Map.of("note", "")), 400, "invalid-request");
        problem(world.api.call("POST", resolve, employer.token(), world.in(), Map.of("note", "已付")), 403, "forbidden");
        JsonNode resolved = expect(world.api.call("POST", resolve, staff, world.in(),
                Map.of("note", "经劳动监察协调，用工方承诺三日内支付")), 200).body();
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolutionNote").asString()).startsWith("经劳动监察协调");
        problem(world.api.call("POST", resolve, staff, world.in(), Map.of("note", "再次")), 409, "arrears-resolved");
        assertThat(jdbc.sql("select count(*) from t_" + world.city + ".audit_event where target = ? "
                + "and action in ('wage-arrears.reported', 'wage-arrears.resolved')").param(report.get("id").asString())
                .query(Integer.class).single()).isEqualTo(2);
    }
}
