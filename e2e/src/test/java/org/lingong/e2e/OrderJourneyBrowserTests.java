package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * After the grab, on two phones (390×844) through the gateway, in a copy of 宿迁 of this class's own: a worker grabs
 * (set up through the API); the employer, on its job's orders, is refused declining without a reason, then confirms;
 * the worker reads the whole contract on 我的订单 and signs it, the employer signs; the worker checks in (the job starts
 * within the check-in window, the browser's position allowed), the employer marks the work done, is refused a negative
 * amount, records the wage, and the worker confirms receipt: the order is settled on both pages; then each rates the
 * other (评价), and each page shows the other's standing. And the worker's
 * refusals and answers: a check-in too early is refused in the API's words, withdrawing close to the start needs a
 * reason code, and a short payment is disputed (wage arrears). And the order's steps reach the worker's page live
 * (通知, through the page's own stream relay, which resumes after {@code Last-Event-ID}). Screenshots in
 * target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class OrderJourneyBrowserTests {

    private static final long WAGE_PER_HOUR_FEN = 2500;

    private static String city;

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final Places.Spot place = Places.own();

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void anEmployerAndAWorkerTakeAGrabbedOrderThroughContractCheckInAndPaymentOnTheirPages() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市顺达物流有限公司" + stamp,
                    "13812345678");
            KeycloakAccounts.Account worker = verifiedWorker(accounts);
            // Check-in opens 30 minutes before the start: this job starts in 10.
            Instant start = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
            String title = "<i>仓库分拣</i> & 装车 " + stamp;
            String jobId = job(employer, title, start);
            String orderId = grab(worker, jobId);
            String card = ".order-card[data-order='" + orderId + "']";

            try (Console boss = WorkerPage.phone(); Console me = WorkerPage.phone()) {
                PolicyViolations.watch(boss);
                PolicyViolations.watch(me);
                // The employer finds the grab under its job's orders.
                boss.browser.get(Platform.adminUiUrl() + "/employer/" + city + "/me");
                boss.fillInKeycloak(employer.username(), KeycloakAccounts.password());
                boss.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-jobs"), title));
                tap(boss, ".employer-job[data-id='" + jobId + "'] .job-orders-link");
                awaitStatus(boss, card, "GRABBED");
                assertThat(boss.textOf("job-title")).isEqualTo(title);
                assertThat(boss.browser.findElements(By.cssSelector("#job-title i"))).isEmpty();
                assertThat(text(boss, card)).contains("已抢单", "零工 孙** · 分拣").doesNotContain("立新");
                // Where the employer decides, the worker's standing: a new worker has none yet.
                awaitText(boss, card + " .order-rating-standing", "零工暂无评价");

                // Declining needs a reason: the API's refusal stays in the dialog, and nothing changed.
                tap(boss, card + " .order-cancel");
                boss.click("cancel-send");
                assertThat(boss.errorMessage("cancel-reason")).contains("原因");
                boss.screenshot("employer-decline-needs-reason");
                boss.click("cancel-keep");
                assertThat(status(orderId, employer.token())).isEqualTo("GRABBED");
                tap(boss, card + " .order-confirm");
                awaitStatus(boss, card, "CONFIRMED");
                boss.screenshot("employer-order-confirmed");

                // The worker reads the whole contract on 我的订单 and signs it.
                me.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/orders");
                me.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                awaitStatus(me, card, "CONFIRMED");
                assertThat(me.browser.getTitle()).startsWith("我的订单");
                assertThat(me.textOf("my-profile")).isEqualTo("我的档案");
                assertThat(text(me, card)).contains(title, "25 元/小时", "已确认");
                assertThat(me.browser.findElements(By.cssSelector(card + " i"))).isEmpty();
                me.screenshot("worker-my-orders");
                tap(me, card + " .order-contract-open");
                me.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card + " .order-contract-body")));
                assertThat(text(me, card + " .order-contract-body")).contains(title, "25.00 元/小时");
                assertThat(text(me, card + " .order-contract-title")).isEqualTo("零工服务协议通用条款");
                me.screenshot("worker-contract");
                tap(me, card + " .order-contract-sign");
                awaitText(me, card + " .order-contract-signatures", "乙方（零工）已签署");
                assertThat(text(me, card + " .order-contract-signatures")).contains("甲方（用工方）未签署");

                // The employer signs too.
                boss.browser.navigate().refresh();
                awaitStatus(boss, card, "CONFIRMED");
                tap(boss, card + " .order-contract-open");
                tap(boss, card + " .order-contract-sign");
                awaitText(boss, card + " .order-contract-signatures", "甲方（用工方）已签署 · 乙方（零工）已签署");
                // For a worker whose phone cannot tell where it is, the employer shows the job's rotating code.
                tap(boss, card + " .order-show-check-in-code");
                boss.wait.until(driver -> text(boss, card + " .order-check-in-code-shown").matches("签到码 \\d{8}（.*"));
                boss.screenshot("employer-check-in-code");

                // Without a position or a code the check-in is refused in the API's words.
                tap(me, card + " .order-check-in");
                awaitText(me, card + " .order-check-in-refused", "请允许获取位置（须在工作地点 500 米内）");

                // The worker checks in at the job, the browser telling where.
                HasCdp cdp = (HasCdp) me.browser;
                cdp.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
                cdp.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", place.latitude(),
                        "longitude", place.longitude(), "accuracy", 20));
                me.browser.navigate().refresh();
                awaitStatus(me, card, "CONFIRMED");
                tap(me, card + " .order-check-in");
                awaitStatus(me, card, "CHECKED_IN");
                assertThat(text(me, card)).contains("已签到", "等待用工方确认完工");
                // Asking the browser for its position is the page's own script: the strict policy lets it run.
                assertThat(PolicyViolations.of(me)).as("violations on 我的订单").isEmpty();

                // The employer marks the work done and records the wage: a negative amount is refused at the field.
                boss.browser.navigate().refresh();
                awaitStatus(boss, card, "CHECKED_IN");
                tap(boss, card + " .order-complete");
                awaitStatus(boss, card, "COMPLETED");
                tap(boss, card + " .order-record-payment");
                boss.type("payment-amount", "-50");
                boss.type("payment-reference", "wx" + stamp + "0001");
                boss.click("payment-send");
                assertThat(boss.errorMessage("payment-amount")).isNotBlank();
                boss.screenshot("employer-payment-refused");
                boss.type("payment-amount", "50");
                boss.click("payment-send");
                awaitText(boss, card + " .order-payment", "待零工确认");
                assertThat(text(boss, card + " .order-payment")).contains("50 元", "微信", "wx" + stamp + "0001");
                boss.screenshot("employer-payment-recorded");

                // The worker confirms receipt: settled.
                me.browser.navigate().refresh();
                awaitStatus(me, card, "COMPLETED");
                awaitText(me, card + " .order-payment", "50 元");
                me.screenshot("worker-payment-to-confirm");
                tap(me, card + " .order-payment-confirm");
                awaitStatus(me, card, "SETTLED");
                awaitText(me, card + " .order-payment", "已确认收款");
                me.screenshot("worker-order-settled");
                boss.browser.navigate().refresh();
                awaitStatus(boss, card, "SETTLED");
                assertThat(text(boss, card + " .order-payment")).contains("零工已确认收款");

                // Paid: the worker rates the employer — stars, a tag, a comment whose phone number is hidden and whose
                // markup stays text — and the rating is final.
                me.browser.navigate().refresh();
                awaitStatus(me, card, "SETTLED");
                awaitText(me, card + " .order-rating-standing", "用工单位暂无评价");
                tap(me, card + " .order-rate");
                tap(me, "#rating-stars vaadin-radio-button:nth-of-type(4)");
                tap(me, "#rating-tags vaadin-checkbox:nth-of-type(1)");
                me.type("rating-comment", "<b>结钱爽快</b> 有活再叫我 13912345678");
                me.screenshot("worker-rating-dialog");
                me.click("rating-send");
                awaitText(me, card + " .order-rating-given", "我的评价：★★★★☆ · 按时付款 · <b>结钱爽快</b> 有活再叫我 ***********");
                assertThat(me.browser.findElements(By.cssSelector(card + " .order-rating-given b"))).isEmpty();
                assertThat(me.browser.findElements(By.cssSelector(card + " .order-rate"))).isEmpty();
                me.screenshot("worker-rated-employer");

                // The employer sees it and rates the worker in turn.
                boss.browser.navigate().refresh();
                awaitStatus(boss, card, "SETTLED");
                awaitText(boss, card + " .order-rating-received", "对方评价：★★★★☆ · 按时付款");
                tap(boss, card + " .order-rate");
                boss.click("rating-send");
                assertThat(boss.errorMessage("rating-stars")).isNotBlank();
                tap(boss, "#rating-stars vaadin-radio-button:nth-of-type(5)");
                tap(boss, "#rating-tags vaadin-checkbox:nth-of-type(1)");
                boss.click("rating-send");
                awaitText(boss, card + " .order-rating-given", "我的评价：★★★★★ · 准时");
                awaitText(boss, card + " .order-rating-standing", "零工评分 5.0（1 条评价）");
                boss.screenshot("employer-rated-worker");
                me.browser.navigate().refresh();
                awaitText(me, card + " .order-rating-standing", "用工单位评分 4.0（1 条评价）");
                awaitText(me, card + " .order-rating-received", "对方评价：★★★★★ · 准时");
                assertThat(PolicyViolations.of(boss)).as("violations on the job's orders").isEmpty();
                assertThat(PolicyViolations.of(me)).as("violations on 我的订单").isEmpty();
            }
            assertThat(status(orderId, worker.token())).isEqualTo("SETTLED");
            // Rating twice is refused, through the gateway, in the catalogue's words.
            assertThat(send("POST", "/orders/" + orderId + "/ratings", worker.token(), "{\"stars\": 1}").body()
                    .get("type").asString()).endsWith("/rating-exists");
        }
    }

    @Test
    void aWorkerIsToldWhenCheckInOpensWithdrawsWithAReasonAndDisputesAShortPayment() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市恒达搬家有限公司" + stamp,
                    "13712345678");
            KeycloakAccounts.Account worker = verifiedWorker(accounts);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            // Done (it no longer holds the worker's time): paid 30 元 of the agreed 50.
            String done = grab(worker, job(employer, "卸货 " + stamp, now.plus(10, ChronoUnit.MINUTES)));
            ok(send("POST", "/orders/" + done + "/confirm", employer.token(), null), 200);
            // Checked in with the code the employer shows (its phone shares no position).
            String code = ok(send("GET", "/orders/" + done + "/check-in-code", employer.token(), null), 200)
                    .get("code").asString();
            ok(send("POST", "/orders/" + done + "/check-in", worker.token(), """
                    {"code": "%s"}""".formatted(code)), 200);
            ok(send("POST", "/orders/" + done + "/complete", employer.token(), null), 200);
            ok(send("POST", "/orders/" + done + "/payments", employer.token(), """
                    {"amountFen": 3000, "method": "CASH", "paidAt": "%s"}""".formatted(Instant.now())), 201);
            // Starts in 90 minutes: too early to check in, and within 2 hours, so withdrawing needs a reason code.
            String later = grab(worker, job(employer, "搬家助理 " + stamp, now.plus(90, ChronoUnit.MINUTES)));
            ok(send("POST", "/orders/" + later + "/confirm", employer.token(), null), 200);
            String early = ".order-card[data-order='" + later + "']";
            String shortPaid = ".order-card[data-order='" + done + "']";

            try (Console me = WorkerPage.phone()) {
                me.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/orders");
                me.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                awaitStatus(me, early, "CONFIRMED");
                tap(me, early + " .order-check-in");
                awaitText(me, early + " .order-check-in-refused", "开工前 30 分钟起");
                me.screenshot("worker-check-in-too-early");
                assertThat(status(later, worker.token())).isEqualTo("CONFIRMED");

                tap(me, early + " .order-cancel");
                me.click("cancel-send");
                assertThat(me.errorMessage("cancel-code")).contains("原因");
                me.choose("cancel-code", "生病");
                me.type("cancel-reason", "发烧 <b>38.5</b>");
                me.screenshot("worker-cancel-with-reason");
                me.click("cancel-send");
                awaitStatus(me, early, "CANCELLED");
                assertThat(text(me, early + " .order-cancel-reason")).isEqualTo("取消原因：生病 发烧 <b>38.5</b>");

                awaitText(me, shortPaid + " .order-payment", "低于约定工资 50 元");
                assertThat(text(me, shortPaid + " .order-payment")).contains("30 元", "现金", "待您确认收款");
                tap(me, shortPaid + " .order-payment-dispute");
                assertThat(me.byId("dispute-owed").getDomProperty("value")).isEqualTo("20");
                me.type("dispute-reason", "约定 2 小时 50 元，只付了 30 元");
                me.screenshot("worker-dispute");
                me.click("dispute-send");
                awaitText(me, shortPaid + " .order-payment", "已提出异议");
                me.screenshot("worker-payment-disputed");
            }
            JsonNode payments = ok(send("GET", "/orders/" + done + "/payments", worker.token(), null), 200);
            assertThat(payments.get(0).get("status").asString()).isEqualTo("DISPUTED");
        }
    }

    @Test
    void orderStepsReachTheWorkersPageLiveAndTheStreamResumesAfterTheLastEventItSaw() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市安居家政服务有限公司" + stamp,
                    "13612345678");
            KeycloakAccounts.Account worker = verifiedWorker(accounts);
            Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
            String title = "<b>保洁</b> " + stamp;
            String first = grab(worker, job(employer, title, start));
            String second = grab(worker, job(employer, "擦玻璃 " + stamp, start.plus(3, ChronoUnit.HOURS)));
            String card = ".order-card[data-order='" + first + "']";

            try (Console me = WorkerPage.phone()) {
                PolicyViolations.watch(me);
                me.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/orders");
                me.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                awaitStatus(me, card, "GRABBED");
                me.wait.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-stream", "open"));
                assertThat(me.byId("notification-bell").getDomAttribute("data-unread")).isEqualTo("0");

                // The employer confirms on its own page: the worker's order and count change without a reload.
                ok(send("POST", "/orders/" + first + "/confirm", employer.token(), null), 200);
                awaitStatus(me, card, "CONFIRMED");
                me.wait.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-unread", "1"));
                me.screenshot("worker-order-confirmed-live");
                ok(send("POST", "/orders/" + second + "/confirm", employer.token(), null), 200);
                me.wait.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-unread", "2"));

                // The inbox, newest first: the job's title is text, never HTML; tapping a notice marks it read.
                tap(me, "#notification-bell");
                By notices = By.cssSelector("#notifications .notification");
                me.wait.until(ExpectedConditions.numberOfElementsToBe(notices, 2));
                List<String> ids = me.read(driver -> driver.findElements(notices).stream()
                        .map(notice -> notice.getDomAttribute("data-id")).toList());
                String older = ".notification[data-id='" + ids.getLast() + "']";
                assertThat(text(me, older + " .notification-title")).isEqualTo("抢单已确认：" + title);
                assertThat(text(me, older + " .notification-body")).startsWith("用工方已确认");
                assertThat(me.browser.findElements(By.cssSelector("#notifications b"))).isEmpty();
                assertThat(Long.parseLong(ids.getFirst())).isGreaterThan(Long.parseLong(ids.getLast()));
                me.screenshot("worker-notifications");

                // A reconnect names the last event it saw; the page's relay passes it on: what came after arrives.
                me.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                Object resumed = ((JavascriptExecutor) me.browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch('worker/' + arguments[0] + '/notifications/stream',
                              {headers: {'Last-Event-ID': arguments[1]}}).then(async response => {
                          const reader = response.body.getReader(), decoder = new TextDecoder();
                          let text = '', id = null;
                          while (id === null) {
                            text += decoder.decode((await reader.read()).value, {stream: true});
                            id = (text.match(/^id:\\s*(\\d+)$/m) || [null, null])[1];
                          }
                          reader.cancel();
                          done(response.headers.get('content-type') + ' ' + id);
                        }, failed => done(String(failed)));
                        """, city, ids.getLast());
                assertThat(String.valueOf(resumed)).isEqualTo("text/event-stream " + ids.getFirst());
                // Another city's stream is not this worker's: the gateway's refusal comes back as it was.
                Object elsewhere = ((JavascriptExecutor) me.browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch('worker/suqian/notifications/stream').then(async response =>
                          done(response.status + ' ' + response.headers.get('content-type') + ' '
                               + (await response.json()).type), failed => done(String(failed)));
                        """);
                assertThat(String.valueOf(elsewhere)).matches("40[34] application/problem\\+json https://.*");

                tap(me, older + " .notification-title");
                me.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(older), "data-read", "true"));
                me.wait.until(ExpectedConditions.attributeToBe(By.id("notification-bell"), "data-unread", "1"));
                tap(me, ".notification[data-id='" + ids.getFirst() + "'] .notification-order");
                awaitStatus(me, ".order-card[data-order='" + second + "']", "CONFIRMED");
                assertThat(PolicyViolations.of(me)).as("violations on the inbox").isEmpty();
            }
        }
    }

    /** A one-slot job of the employer's at this test's own spot, two hours from {@code start}; its id. */
    private String job(KeycloakAccounts.Account employer, String title, Instant start) {
        return ok(send("POST", "/jobs", employer.token(), """
                {"title": "%s", "category": "logistics", "description": "快递分拣装车", "slots": 1,
                 "address": "宿迁市宿城区发展大道", "startsAt": "%s", "endsAt": "%s", "term": "SHORT",
                 "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": %d, "unit": "HOUR"},
                 "location": {"latitude": %s, "longitude": %s}, "source": {"channel": "EMPLOYER"}}"""
                .formatted(title, start, start.plus(2, ChronoUnit.HOURS), WAGE_PER_HOUR_FEN, place.latitude(),
                        place.longitude())), 201).get("id").asString();
    }

    /** The worker grabs the job (as 抢单 on the worker page does); the order's id. */
    private static String grab(KeycloakAccounts.Account worker, String jobId) {
        return ok(send("POST", "/jobs/" + jobId + "/grab", worker.token(), null), 201).get("id").asString();
    }

    /** A new worker account, verified in the city (the development check verifies any valid number). */
    private KeycloakAccounts.Account verifiedWorker(KeycloakAccounts accounts) {
        KeycloakAccounts.Account worker = accounts.account(null, "worker");
        assertThat(ok(send("PUT", "/workers/me", worker.token(), """
                {"realName": "孙立新", "idNumber": "%s", "phone": "139%08d", "skills": ["分拣"]}"""
                .formatted(ResidentIds.random(), random.nextInt(100_000_000))), 200).get("status").asString())
                .isEqualTo("VERIFIED");
        return worker;
    }

    private static String status(String orderId, String token) {
        return ok(send("GET", "/orders/" + orderId, token, null), 200).at("/order/status").asString();
    }

    private static void tap(Console phone, String css) {
        phone.tap(css);
    }

    private static void awaitStatus(Console phone, String card, String status) {
        phone.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(card), "data-status", status));
    }

    private static void awaitText(Console phone, String css, String text) {
        phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private static String text(Console phone, String css) {
        return phone.read(driver -> driver.findElement(By.cssSelector(css)).getText());
    }

    private static Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, TestEmployers.api(city, path), token, Map.of(), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }
}
