package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The operations pages of issue 6's matching, in a real browser as 宿迁's city administrator (the realm has no demo
 * station-staff login; city admins may do all of this too): the dispatch desk with a worker who scanned the market's
 * code and one checked in by ID number, both dispatched; a wage-arrears report from a disputed payment, resolved; the
 * insurance rule changed; the contract template's field errors. The dispatch desk (its market's waiting list and jobs)
 * and the insurance rule (city-wide) are tried in copies of 宿迁 of their own; the wage-arrears report, found by its
 * own text, in 宿迁 itself with accounts of its own.
 */
@ExtendWith(RunningPlatform.class)
class OperationsConsoleBrowserTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    /** This test's mark on what it makes, so it finds its own rows among the demo data. */
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private String city = "suqian";
    private String admin = RunningPlatform.token("suqian-admin");

    /** The test works in a copy of 宿迁 of its own, as that city's admin. */
    private void inOwnCity() {
        city = Cities.copyOf("suqian");
        admin = RunningPlatform.token(city + "-admin");
    }

    /** A verified worker of 宿迁: a throwaway account with a real-name profile. */
    private record Worker(String token, String idNumber, String maskedName, String skill) {
    }

    private record Market(long id, double latitude, double longitude) {
    }

    @Test
    void marketStaffDispatchAWorkerWhoScannedTheCodeAndOneTheyCheckedInByIdNumber() throws Exception {
        inOwnCity();
        Market market = cityMarket();
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            Worker scanner = worker(accounts, "钱多多", "界面测试扫码" + stamp);
            Worker walkIn = worker(accounts, "孙小红", "界面测试代签" + stamp);
            String title = "界面测试搬运工" + stamp;
            Instant tomorrow = LocalDate.now(CHINA).plusDays(1).atTime(8, 0).atZone(CHINA).toInstant();
            String jobId = postJob(title, 2, market, tomorrow, tomorrow.plus(8, ChronoUnit.HOURS), 18000, "DAY");

            try (Console console = Console.signIn(city + "-admin")) {
                assertThat(console.text()).contains("现场调度", "欠薪处置", "保险设置", "合同模板");
                console.open("/city/dispatch", "候工零工");
                // The worker scans what the desk shows (the code rotates every minute; the one before still counts).
                console.wait.until(ExpectedConditions.textMatches(By.id("check-in-code"),
                        Pattern.compile("^\\d{8}$")));
                assertThat(console.browser.findElements(By.cssSelector("#check-in-qr svg path"))).hasSize(1);
                ok(send("POST", "/markets/" + market.id() + "/check-ins", scanner.token(),
                        "{\"code\": \"" + console.textOf("check-in-code") + "\"}"), 201);
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-workers"),
                        scanner.skill()));
                assertThat(console.gridRow("waiting-workers", scanner.skill())).contains(scanner.maskedName(), "已等")
                        .doesNotContain("钱多多");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("market-jobs"), title));
                console.screenshot("city-dispatch");

                // A worker without a phone: the desk checks them in by ID number; the API's check shows at the field.
                console.type("worker-id-number", "32130219900101123");
                console.click("staff-check-in");
                assertThat(console.errorMessage("worker-id-number")).isNotBlank();
                console.screenshot("city-dispatch-id-error");
                console.type("worker-id-number", walkIn.idNumber());
                console.click("staff-check-in");
                console.waitForText("已为 " + walkIn.maskedName() + " 签到候工");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-workers"),
                        walkIn.skill()));

                dispatch(console, scanner, title);
                assertThat(console.textOf("dispatch-kpi")).contains("派单", "秒");
                console.screenshot("city-dispatch-done");
                dispatch(console, walkIn, title);
                // Both slots taken: the job is full and leaves the open jobs.
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("market-jobs"), title)));

                // The check-in screen at the entrance: the same live code full screen, for a display signed in as staff.
                String screen = console.browser.findElement(By.id("check-in-screen-link")).getDomAttribute("href");
                assertThat(screen).isEqualTo("city/check-in-screen/" + market.id());
                Worker late = worker(accounts, "周大鹏", "界面测试大屏" + stamp);
                console.open("/" + screen, "零工请用手机扫码签到候工");
                console.wait.until(ExpectedConditions.textMatches(By.id("check-in-code"),
                        Pattern.compile("^\\d{8}$")));
                assertThat(console.browser.findElements(By.cssSelector("#check-in-screen #check-in-qr svg path")))
                        .hasSize(1);
                assertThat(console.browser.findElements(By.tagName("vaadin-app-layout"))).as("no console around it")
                        .isEmpty();
                console.screenshot("city-check-in-screen");
                ok(send("POST", "/markets/" + market.id() + "/check-ins", late.token(),
                        "{\"code\": \"" + console.textOf("check-in-code") + "\"}"), 201);
            }
            JsonNode orders = ok(send("GET", "/orders?jobId=" + jobId, admin, null), 200);
            assertThat(orders.get("items").valueStream().map(order -> order.get("status").asString()))
                    .containsExactly("DISPATCHED", "DISPATCHED");
        }
    }

    @Test
    void staffResolveAWageArrearsReportFiledByAWorkerWhoDisputedThePayment() throws Exception {
        Worker worker = null;
        String jobId = null;
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            worker = worker(accounts, "周建华", "界面测试欠薪" + stamp);
            // Starts within the check-in window, so the whole order can be worked through now.
            Instant start = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
            Market market = cityMarket();
            jobId = postJob("界面测试理货员" + stamp, 1, market, start, start.plus(2, ChronoUnit.HOURS), 2500, "HOUR");
            String orderId = ok(send("POST", "/jobs/" + jobId + "/grab", worker.token(), null), 201).get("id").asString();
            ok(send("POST", "/orders/" + orderId + "/confirm", admin, null), 200);
            ok(send("POST", "/orders/" + orderId + "/check-in", worker.token(), """
                    {"latitude": %s, "longitude": %s}""".formatted(market.latitude(), market.longitude())), 200);
            ok(send("POST", "/orders/" + orderId + "/complete", admin, null), 200);
            String paymentId = ok(send("POST", "/orders/" + orderId + "/payments", admin, """
                    {"amountFen": 3000, "method": "CASH", "paidAt": "%s"}"""
                    .formatted(Instant.now())), 201).get("id").asString();
            String reason = "界面测试" + stamp + "：说好两小时50元，只付了30元";
            String reportId = ok(send("POST", "/orders/" + orderId + "/payments/" + paymentId + "/dispute",
                    worker.token(), """
                    {"reason": "%s", "amountOwedFen": 2000}""".formatted(reason)), 201).at("/arrears/id").asString();

            try (Console console = Console.signIn("suqian-admin")) {
                console.open("/city/wage-arrears", "欠薪处置");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wage-arrears"), reason));
                assertThat(console.gridRow("wage-arrears", reason)).contains("20.00 元", "待处理");
                console.screenshot("city-wage-arrears");

                console.click("resolve-" + reportId);
                console.waitForText("办结欠薪反映：20.00 元");
                console.click("confirm-resolve");
                assertThat(console.errorMessage("resolution-note")).isNotBlank();
                console.screenshot("city-wage-arrears-resolve");
                console.type("resolution-note", "界面测试：已协调用工方补发20元");
                console.click("confirm-resolve");
                console.waitForText("已办结欠薪反映（20.00 元）");
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("wage-arrears"), reason)));
            }
            JsonNode resolved = ok(send("GET", "/wage-arrears?status=RESOLVED&size=200", admin, null), 200)
                    .get("items").valueStream().filter(report -> report.get("id").asString().equals(reportId))
                    .findFirst().orElseThrow();
            assertThat(resolved.get("resolutionNote").asString()).isEqualTo("界面测试：已协调用工方补发20元");
        } finally {
            if (jobId != null) {
                send("POST", "/jobs/" + jobId + "/close", admin, "{\"reason\": \"界面测试结束\"}");
            }
            if (worker != null) {
                send("DELETE", "/workers/me", worker.token(), null);
            }
        }
    }

    @Test
    void cityAdminChangesTheInsuranceRuleAndMeetsTheContractTemplatesChecks() throws Exception {
        inOwnCity();
        boolean before = ok(send("GET", "/insurance/settings", admin, null), 200).get("requireInsuranceForCheckIn")
                .asBoolean();
        String changed = before ? "不作要求" : "须有保险保障才能签到";
        try (Console console = Console.signIn(city + "-admin")) {
            console.open("/city/insurance", "到岗签到的保险要求");
            console.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(radio(changed)))).click();
            console.click("save-insurance");
            console.waitForText("保险设置已保存");
            console.browser.navigate().refresh();
            console.waitForText("到岗签到的保险要求");
            console.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(radio(changed) + "[@checked]")));
            assertThat(ok(send("GET", "/insurance/settings", admin, null), 200).get("requireInsuranceForCheckIn")
                    .asBoolean()).isEqualTo(!before);
            console.screenshot("city-insurance");

            console.open("/city/contract-template", "零工服务协议通用条款");
            assertThat(console.textOf("template-version")).startsWith("当前第");
            console.type("template-title", "");
            console.click("save-template");
            assertThat(console.errorMessage("template-title")).isNotBlank();
            console.screenshot("city-contract-template");
        }
    }

    /** Chooses the worker and the job on the desk, 派单, and waits until the worker has left the waiting list. */
    private static void dispatch(Console console, Worker worker, String title) {
        // A click's selection reaches the server a moment later; a list refresh in between (every 5 s) keeps only
        // what the server knew, so the desk's own summary of the choice is the condition, and rows are picked again
        // until it names both.
        String choice = "将 " + worker.maskedName() + " 派往“" + title + "”";
        console.wait.until(driver -> {
            if (!console.hasSelection("waiting-workers")) {
                console.pick("waiting-workers", worker.skill());
            }
            if (!console.hasSelection("market-jobs")) {
                console.pick("market-jobs", title);
            }
            return console.textOf("dispatch-choice").contains(choice);
        });
        console.click("dispatch");
        console.waitForText("已派单：" + worker.maskedName() + " → " + title);
        console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("waiting-workers"), worker.skill())));
    }

    private static String radio(String label) {
        return "//vaadin-radio-group[@id='require-insurance']/vaadin-radio-button[normalize-space(.)='" + label + "']";
    }

    /** 宿迁市零工市场, the city's own market: the first in the public directory. */
    private Market cityMarket() {
        JsonNode market = ok(send("GET", "/network/directory?size=200", null, null), 200).get("items").valueStream()
                .filter(carrier -> carrier.get("kind").asString().equals("MARKET")).findFirst().orElseThrow();
        return new Market(market.get("id").asLong(), market.get("latitude").asDouble(),
                market.get("longitude").asDouble());
    }

    private Worker worker(KeycloakAccounts accounts, String name, String skill) {
        String token = accounts.create(city, "worker");
        String idNumber = ResidentIds.random();
        JsonNode profile = ok(send("PUT", "/workers/me", token, """
                {"realName": "%s", "idNumber": "%s", "phone": "139%08d", "skills": ["搬运", "%s"]}"""
                .formatted(name, idNumber, random.nextInt(100_000_000), skill)), 200);
        assertThat(profile.get("status").asString()).isEqualTo("VERIFIED");
        return new Worker(token, idNumber, name.charAt(0) + "**", skill);
    }

    /** A job the bureau posts at the market for a department, as staff do. */
    private String postJob(String title, int slots, Market market, Instant start, Instant end, long wageFen,
                           String unit) {
        return ok(send("POST", "/jobs", admin, """
                {"title": "%s", "category": "logistics", "description": "界面测试岗位，测试结束即关闭",
                 "slots": %d, "address": "宿迁市零工市场", "marketId": %d, "startsAt": "%s", "endsAt": "%s",
                 "term": "SHORT", "contactPolicy": "PLATFORM_ONLY", "wage": {"amountFen": %d, "unit": "%s"},
                 "location": {"latitude": %s, "longitude": %s},
                 "source": {"channel": "GOVERNMENT", "name": "宿迁市人力资源和社会保障局"}}"""
                .formatted(title, slots, market.id(), start, end, wageFen, unit, market.latitude(),
                        market.longitude())), 201).get("id").asString();
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, Platform.gatewayUrl() + "/t/" + city + "/api/v1" + path, token, Map.of(), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }
}
