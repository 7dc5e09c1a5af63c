package org.lingong.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.TestTenants;
import org.lingong.core.tenancy.TenantContext;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 结算: payment recorded, confirmed (order SETTLED) or disputed (欠薪), totals; refusals write nothing. */
class SettlementTests extends OrderWorldTests {

    /** The demo posting pays 180.00 元 a day; the test jobs last two hours, so one day's wage is agreed. */
    private static final long AGREED_FEN = 18_000;

    private static OrderWorld.Person employer;
    private static String staff;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WageArrearsReports arrears;

    @BeforeEach
    void aCity() {
        if (employer == null) {
            employer = world.employer();
            staff = world.staff();
        }
    }

    /** An order of the employer's job that the worker grabbed, checked in to and the employer completed. */
    private String completedOrder(OrderWorld.Person worker) {
        String jobId = world.job(employer, 2, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String orderId = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), orderId, "confirm", null).expect(200);
        world.act(worker.token(), orderId, "check-in", OrderWorld.AT_WORK).expect(200);
        world.act(employer.token(), orderId, "complete", null).expect(200);
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
        return world.api.get("/api/v1/settlements/summary?from=" + today + "&to=" + today, staff, world.in())
                .expect(200).body().get("totals");
    }

    @Test
    void theEmployerPaysTheWorkerConfirmsAndTheOrderIsSettledWithTotalsForEachSide() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        long confirmedBefore = citySummary().get("confirmedFen").asLong();

        JsonNode paid = pay(employer.token(), orderId, payment(AGREED_FEN, "WECHAT", reference())).expect(201).body();
        assertThat(paid.get("status").asString()).isEqualTo("RECORDED");
        assertThat(paid.get("agreedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(paid.get("comparedToAgreed").asString()).isEqualTo("AS_AGREED");
        String paymentId = paid.get("id").asString();
        assertThat(orderStatus(orderId)).as("the worker has not answered yet").isEqualTo("COMPLETED");

        JsonNode confirmed = answer(worker.token(), orderId, paymentId, "confirm", null).expect(200).body();
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode order = world.api.get("/api/v1/orders/" + orderId, worker.token(), world.in()).body();
        assertThat(order.get("order").get("status").asString()).isEqualTo("SETTLED");
        assertThat(order.get("history").valueStream().map(s -> s.get("to").asString()).toList()).last()
                .isEqualTo("SETTLED");
        List<String> audited = jdbc.sql("select action from t_" + world.city
                + ".audit_event where target = ? order by id").param(paymentId).query(String.class).list();
        assertThat(audited).containsExactly("payment.recorded", "payment.confirmed");

        JsonNode earnings = world.api.get("/api/v1/me/earnings", worker.token(), world.in()).expect(200).body();
        assertThat(earnings.get("totals").get("confirmedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(earnings.get("totals").get("awaitingConfirmationFen").asLong()).isZero();
        assertThat(earnings.get("recent").get(0).get("id").asString()).isEqualTo(paymentId);
        JsonNode employerTotals = world.api.get("/api/v1/employers/me/payments/summary", employer.token(),
                world.in()).expect(200).body();
        assertThat(employerTotals.get("confirmedFen").asLong()).isGreaterThanOrEqualTo(AGREED_FEN);
        assertThat(citySummary().get("confirmedFen").asLong()).isEqualTo(confirmedBefore + AGREED_FEN);

        answer(worker.token(), orderId, paymentId, "confirm", null).expectProblem(409, "payment-answered");
        pay(employer.token(), orderId, payment(100, "CASH", null)).expectProblem(409, "payment-order-not-completed");
        assertThat(world.api.get("/api/v1/orders/" + orderId + "/payments", worker.token(), world.in()).body()
                .size()).isEqualTo(1);
    }

    @Test
    void badPaymentsAreRefusedAndWriteNothing() {
        OrderWorld.Person worker = world.worker();
        String jobId = world.job(employer, 2, Instant.now().plus(10, ChronoUnit.MINUTES)).get("id").asString();
        String confirmedOnly = world.grab(worker, jobId).expect(201).body().get("id").asString();
        world.act(employer.token(), confirmedOnly, "confirm", null).expect(200);
        pay(employer.token(), confirmedOnly, payment(AGREED_FEN, "CASH", null))
                .expectProblem(409, "payment-order-not-completed");
        world.act(worker.token(), confirmedOnly, "check-in", OrderWorld.AT_WORK).expect(200);
        world.act(employer.token(), confirmedOnly, "complete", null).expect(200);
        String orderId = confirmedOnly;

        pay(employer.token(), orderId, payment(0, "CASH", null)).expectProblem(400, "invalid-request");
        pay(employer.token(), orderId, payment(-5, "CASH", null)).expectProblem(400, "invalid-request");
        pay(employer.token(), orderId, payment(AGREED_FEN, "BANK_TRANSFER", null))
                .expectProblem(400, "invalid-request");
        pay(employer.token(), orderId, payment(AGREED_FEN, "GOLD_BARS", null)).expectProblem(400, "invalid-request");
        pay(employer.token(), orderId, payment(AGREED_FEN, "ALIPAY", "单号 1")).expectProblem(400, "invalid-request");
        Map<String, Object> future = payment(AGREED_FEN, "CASH", null);
        future.put("paidAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        pay(employer.token(), orderId, future).expectProblem(400, "payment-in-future");
        Map<String, Object> beforeOrder = payment(AGREED_FEN, "CASH", null);
        beforeOrder.put("paidAt", Instant.now().minus(30, ChronoUnit.DAYS).toString());
        pay(employer.token(), orderId, beforeOrder).expectProblem(400, "payment-before-order");

        Api.Response absurd = world.api.call("POST", "/api/v1/orders/" + orderId + "/payments", employer.token(),
                world.in("zh-CN"), payment(AGREED_FEN * 100, "CASH", null));
        absurd.expectProblem(400, "payment-amount-implausible");
        assertThat(absurd.body().get("agreedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(absurd.body().get("detail").asString()).contains("18000.00 元", "180.00 元");
        assertThat(rows("wage_payment", orderId)).as("no refused payment was written").isZero();

        String reference = reference();
        pay(employer.token(), orderId, payment(AGREED_FEN * 2, "WECHAT", reference)).expect(201);
        pay(employer.token(), orderId, payment(AGREED_FEN, "CASH", null)).expectProblem(409, "payment-awaiting-worker");
        String other = completedOrder(world.worker());
        pay(employer.token(), other, payment(AGREED_FEN, "WECHAT", reference))
                .expectProblem(409, "payment-duplicate-reference");
        assertThat(rows("wage_payment", orderId)).isEqualTo(1);
        assertThat(rows("wage_payment", other)).isZero();
    }

    @Test
    void onlyTheOrdersSidesMayPayOrAnswerAndOnlyStaffSeeTheCity() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        OrderWorld.Person otherEmployer = world.employer();

        pay(otherEmployer.token(), orderId, payment(AGREED_FEN, "CASH", null)).expectProblem(404, "order-not-found");
        pay(worker.token(), orderId, payment(AGREED_FEN, "CASH", null)).expectProblem(403, "forbidden");
        String paymentId = pay(staff, orderId, payment(AGREED_FEN, "CASH", null)).expect(201)
                .body().get("id").asString();
        answer(world.worker().token(), orderId, paymentId, "confirm", null).expectProblem(404, "order-not-found");
        answer(employer.token(), orderId, paymentId, "confirm", null).expectProblem(403, "forbidden");
        answer(worker.token(), orderId, UUID.randomUUID().toString(), "confirm", null)
                .expectProblem(404, "payment-not-found");
        assertThat(world.api.get("/api/v1/orders/" + orderId + "/payments", otherEmployer.token(), world.in())
                .status()).isEqualTo(404);
        assertThat(world.api.get("/api/v1/settlements/summary?from=2026-01-01&to=2026-12-31", employer.token(),
                world.in()).status()).isEqualTo(403);
        world.api.get("/api/v1/settlements/summary?from=2026-12-31&to=2026-01-01", staff, world.in())
                .expectProblem(400, "period-reversed");
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
        JsonNode shortPaid = pay(employer.token(), orderId, payment(10_000, "ALIPAY", reference())).expect(201).body();
        assertThat(shortPaid.get("comparedToAgreed").asString()).isEqualTo("BELOW_AGREED");
        String paymentId = shortPaid.get("id").asString();

        answer(worker.token(), orderId, paymentId, "dispute", Map.of("reason", " ", "amountOwedFen", 8_000))
                .expectProblem(400, "invalid-request");
        answer(worker.token(), orderId, paymentId, "dispute", Map.of("reason", "少付", "amountOwedFen", 0))
                .expectProblem(400, "invalid-request");
        assertThat(rows("wage_arrears", orderId)).isZero();

        JsonNode disputed = answer(worker.token(), orderId, paymentId, "dispute",
                Map.of("reason", "约定日薪 180 元，只收到 100 元", "amountOwedFen", 8_000)).expect(201).body();
        assertThat(disputed.get("payment").get("status").asString()).isEqualTo("DISPUTED");
        JsonNode report = disputed.get("arrears");
        assertThat(report.get("status").asString()).isEqualTo("OPEN");
        assertThat(report.get("amountOwedFen").asLong()).isEqualTo(8_000);
        assertThat(orderStatus(orderId)).isEqualTo("COMPLETED");
        answer(worker.token(), orderId, paymentId, "confirm", null).expectProblem(409, "payment-answered");

        JsonNode open = world.api.get("/api/v1/wage-arrears?status=OPEN&size=200", staff, world.in()).expect(200)
                .body();
        assertThat(open.get("items").valueStream().map(i -> i.get("orderId").asString())).contains(orderId);
        JsonNode earnings = world.api.get("/api/v1/me/earnings", worker.token(), world.in()).body().get("totals");
        assertThat(earnings.get("disputedFen").asLong()).isEqualTo(10_000);
        assertThat(earnings.get("outstandingFen").asLong()).isEqualTo(8_000);
        assertThat(citySummary().get("disputedFen").asLong()).isGreaterThanOrEqualTo(10_000);

        String topUp = pay(employer.token(), orderId, payment(8_000, "BANK_TRANSFER", reference())).expect(201)
                .body().get("id").asString();
        answer(worker.token(), orderId, topUp, "confirm", null).expect(200);
        assertThat(orderStatus(orderId)).isEqualTo("SETTLED");
        JsonNode closed = world.api.get("/api/v1/wage-arrears?status=RESOLVED&size=200", staff, world.in()).body()
                .get("items").valueStream().filter(i -> i.get("orderId").asString().equals(orderId)).findFirst()
                .orElseThrow();
        assertThat(closed.get("resolvedByPayment").asString()).isEqualTo(topUp);
        assertThat(world.api.get("/api/v1/me/earnings", worker.token(), world.in()).body().get("totals")
                .get("outstandingFen").asLong()).isZero();
    }

    @Test
    void payNotConfirmedWithinTheCitysLimitBecomesArrearsOnceEvenAfterStaffResolveIt() {
        OrderWorld.Person worker = world.worker();
        String silent = completedOrder(worker);
        String awaiting = completedOrder(world.worker());
        pay(employer.token(), awaiting, payment(AGREED_FEN, "CASH", null)).expect(201);
        TenantCode city = new TenantCode(world.city);

        assertThat(TenantContext.call(city, () -> arrears.fileOverdue(Instant.now().plus(6, ChronoUnit.DAYS))))
                .isZero();
        assertThat(TenantContext.call(city, () -> arrears.fileOverdue(Instant.now().plus(8, ChronoUnit.DAYS))))
                .isGreaterThanOrEqualTo(2);
        JsonNode reports = world.api.get("/api/v1/wage-arrears?status=OPEN&size=200", staff, world.in()).expect(200)
                .body().get("items");
        JsonNode filed = reports.valueStream().filter(r -> r.get("orderId").asString().equals(silent)).findFirst()
                .orElseThrow();
        assertThat(filed.get("amountOwedFen").asLong()).isEqualTo(AGREED_FEN);
        assertThat(filed.get("reason").asString()).contains("系统登记");
        assertThat(reports.valueStream().filter(r -> r.get("orderId").asString().equals(awaiting)).findFirst()
                .orElseThrow().get("paymentId").isNull()).as("the unanswered payment is named").isFalse();

        world.api.call("POST", "/api/v1/wage-arrears/" + filed.get("id").asString() + "/resolve", staff, world.in(),
                Map.of("note", "已电话核实，工资已付")).expect(200);
        TenantContext.run(city, () -> arrears.fileOverdue(Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(rows("wage_arrears", silent)).as("never filed twice").isEqualTo(1);
    }

    @Test
    void aWorkerLeftUnpaidReportsArrearsAfterThreeDaysAndStaffResolveIt() {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        Map<String, Object> claim = Map.of("reason", "完工三天未付工资", "amountOwedFen", AGREED_FEN);
        String path = "/api/v1/orders/" + orderId + "/wage-arrears";

        Api.Response early = world.api.call("POST", path, worker.token(), world.in("zh-CN"), claim);
        early.expectProblem(409, "arrears-too-early");
        assertThat(early.body().get("title").asString()).isEqualTo("完工未满 3 天，暂不能反映欠薪");
        // The completion happened four days ago, as far as the order knows.
        jdbc.sql("update t_" + world.city + ".job_order set updated_at = updated_at - interval '4 days' "
                + "where id = ?::uuid").param(orderId).update();
        world.api.call("POST", path, employer.token(), world.in(), claim).expectProblem(403, "forbidden");
        world.api.call("POST", path, world.worker().token(), world.in(), claim).expectProblem(404, "order-not-found");

        JsonNode report = world.api.call("POST", path, worker.token(), world.in(), claim).expect(201).body();
        assertThat(report.get("paymentId").isNull()).isTrue();
        world.api.call("POST", path, worker.token(), world.in(), claim).expectProblem(409, "arrears-already-open");

        // Then part is paid and disputed: the open report now speaks of that payment and the rest owed.
        String partial = pay(employer.token(), orderId, payment(5_000, "CASH", null)).expect(201)
                .body().get("id").asString();
        world.api.call("POST", path, worker.token(), world.in(), claim)
                .expectProblem(409, "arrears-payment-awaiting-answer");
        JsonNode restated = answer(worker.token(), orderId, partial, "dispute",
                Map.of("reason", "只付了 50 元", "amountOwedFen", 13_000)).expect(201).body().get("arrears");
        assertThat(restated.get("id").asString()).isEqualTo(report.get("id").asString());
        assertThat(restated.get("paymentId").asString()).isEqualTo(partial);
        assertThat(restated.get("amountOwedFen").asLong()).isEqualTo(13_000);
        assertThat(rows("wage_arrears", orderId)).isEqualTo(1);

        String resolve = "/api/v1/wage-arrears/" + report.get("id").asString() + "/resolve";
        world.api.call("POST", resolve, staff, world.in(), Map.of("note", "")).expectProblem(400, "invalid-request");
        world.api.call("POST", resolve, employer.token(), world.in(), Map.of("note", "已付"))
                .expectProblem(403, "forbidden");
        JsonNode resolved = world.api.call("POST", resolve, staff, world.in(),
                Map.of("note", "经劳动监察协调，用工方承诺三日内支付")).expect(200).body();
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolutionNote").asString()).startsWith("经劳动监察协调");
        world.api.call("POST", resolve, staff, world.in(), Map.of("note", "再次"))
                .expectProblem(409, "arrears-resolved");
        assertThat(jdbc.sql("select action from t_" + world.city + ".audit_event where target = ? order by id")
                .param(report.get("id").asString()).query(String.class).list())
                .containsExactly("wage-arrears.reported", "wage-arrears.reported", "wage-arrears.resolved");
    }

    @Test
    void concurrentPaymentsRecordOneAndConcurrentAnswersLetOneWin() throws Exception {
        OrderWorld.Person worker = world.worker();
        String orderId = completedOrder(worker);
        List<Integer> recorded = all(8,
                i -> pay(employer.token(), orderId, payment(AGREED_FEN, "WECHAT", reference())));
        assertThat(recorded).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(rows("wage_payment", orderId)).isEqualTo(1);

        String paymentId = jdbc.sql("select id::text from t_" + world.city + ".wage_payment where order_id = ?::uuid")
                .param(orderId).query(String.class).single();
        List<Integer> answered = all(8, i -> i % 2 == 0
                ? answer(worker.token(), orderId, paymentId, "confirm", null)
                : answer(worker.token(), orderId, paymentId, "dispute",
                        Map.of("reason", "少付", "amountOwedFen", 1)));
        assertThat(answered.stream().filter(s -> s == 200 || s == 201)).hasSize(1);
        assertThat(answered.stream().filter(s -> s == 409)).hasSize(7);
        boolean settled = orderStatus(orderId).equals("SETTLED");
        assertThat(rows("wage_arrears", orderId)).as("a report exactly when the dispute won")
                .isEqualTo(settled ? 0 : 1);
    }

    /** Sends n requests at once and returns their statuses. */
    private static List<Integer> all(int n, IntFunction<Api.Response> request) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<Api.Response>> answers = IntStream.range(0, n).mapToObj(i -> pool.submit(() -> {
                go.await();
                return request.apply(i);
            })).toList();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get().status());
            }
            return statuses;
        }
    }
}
