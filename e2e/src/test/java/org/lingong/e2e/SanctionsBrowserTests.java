package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 处理决定 through the gateway, in a copy of 宿迁 of its own: the city admin closes an employer's account in the
 * console; its live job comes down and it can post nothing; the worker who grabbed the job reads why on its orders
 * page; on a phone the employer reads the decision and appeals;
 * the admin revokes it, and the employer posts again. Markup typed into the grounds stays text on both pages.
 */
@ExtendWith(RunningPlatform.class)
class SanctionsBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");
    private final Places.Spot place = Places.own();

    @Test
    void theAdminClosesAnEmployerWhoAppealsAndIsReinstated() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String name = "宿迁市黑心劳务" + stamp;
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, name, "13612345678");
            String job = post(employer, "仓库装卸工" + stamp).body().get("id").asString();
            KeycloakAccounts.Account worker = accounts.account(null, "worker");
            Http.Response profile = Http.send("PUT", TestEmployers.api(city, "/workers/me"), worker.token(), Map.of(),
                    """
                    {"realName": "孙小军", "idNumber": "%s", "phone": "139%08d", "skills": ["装卸"]}"""
                            .formatted(ResidentIds.random(), random.nextInt(100_000_000)));
            assertThat(profile.body().get("status").asString()).isEqualTo("VERIFIED");
            assertThat(Http.send("POST", TestEmployers.api(city, "/jobs/" + job + "/grab"), worker.token(), Map.of(),
                    null).status()).isEqualTo(201);
            String grounds = "<b>收取押金</b>" + stamp + "，经投诉查实";

            try (Console console = Console.signIn(city + "-admin")) {
                console.open("/city/sanctions", "处理决定");
                console.click("sanction-new");
                WebElement input = console.show("sanction-employer").findElement(By.cssSelector("input"));
                input.sendKeys(name);
                WebElement item = console.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[contains(., '" + name + "')]")));
                console.script("arguments[0].click()", item);
                console.wait.until(driver -> input.getDomProperty("value").startsWith(name));
                console.choose("sanction-measure", "关闭账户");
                // Grounds and decision are required: the form says so before anything happens.
                console.click("sanction-save");
                assertThat(console.errorMessage("sanction-grounds")).isEqualTo("请写明事实和依据");
                console.type("sanction-grounds", grounds);
                console.type("sanction-decision", "关闭其招用账户");
                console.screenshot("city-sanction-decide");
                console.click("sanction-save");
                console.waitForText("已作出：执行中");
                assertThat(console.gridRow("sanctions", stamp)).contains(name, "关闭账户", "执行中", grounds);
                assertThat(console.browser.findElements(By.cssSelector("#sanctions b"))).isEmpty();
                console.screenshot("city-sanctions");
            }
            // Its job came down with the decision's reason, and it can post nothing more.
            assertThat(Http.get(TestEmployers.api(city, "/employers/me/jobs"), employer.token(), Map.of()).body()
                    .get("items").get(0).get("statusReason").asString()).contains("关闭账户", grounds);
            Http.Response refused = post(employer, "再发一单" + stamp);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("title").asString()).isEqualTo("用工单位的招用账户已被关闭");

            // The worker who grabbed it reads why on its orders page.
            try (Console phone = WorkerPage.phone()) {
                phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/orders");
                phone.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order-notice")));
                assertThat(phone.browser.findElement(By.cssSelector(".order-card")).getText())
                        .contains("仓库装卸工" + stamp, "岗位已下架：处理决定 #", "（关闭账户）：" + grounds);
                assertThat(phone.browser.findElements(By.cssSelector(".order-card b"))).isEmpty();
                phone.screenshot("worker-order-job-taken-down");
            }
            try (Console phone = WorkerPage.phone()) {
                phone.browser.get(Platform.adminUiUrl() + "/employer/" + city + "/me");
                phone.fillInKeycloak(employer.username(), KeycloakAccounts.password());
                phone.click("employer-sanctions");
                phone.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".my-sanction"), "data-state",
                        "IN_FORCE"));
                assertThat(phone.textOf("my-sanctions")).contains("关闭账户", grounds, "关闭其招用账户");
                assertThat(phone.browser.findElements(By.cssSelector("#my-sanctions b"))).isEmpty();
                String number = phone.browser.findElement(By.cssSelector(".my-sanction")).getAttribute("data-number");
                phone.type("appeal-grounds-" + number, "押金已全部退还，有收据");
                phone.screenshot("employer-my-sanctions");
                phone.click("appeal-send-" + number);
                phone.waitForText("已申诉：押金已全部退还，有收据");
            }
            String sanction = Http.get(TestEmployers.api(city, "/employers/me/sanctions"), employer.token(), Map.of())
                    .body().get(0).get("id").asString();

            try (Console console = Console.signIn(city + "-admin")) {
                console.open("/city/sanctions", "处理决定");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sanctions"), "申诉待处理"));
                console.click("appeal-" + sanction);
                assertThat(console.textOf("sanction-appeal-grounds")).isEqualTo("押金已全部退还，有收据");
                console.choose("sanction-revoke", "撤销原决定");
                console.type("sanction-note", "收据属实");
                console.click("confirm-sanction");
                console.waitForText("已撤销");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".sanction-state[data-sanction='" + sanction + "']"), "data-state", "REVOKED"));
            }
            assertThat(post(employer, "重新发布" + stamp).status()).isEqualTo(201);
        }
    }

    private Http.Response post(KeycloakAccounts.Account employer, String title) {
        return Http.send("POST", TestEmployers.api(city, "/jobs"), employer.token(), Map.of(),
                TestJobs.posting(title, "仓库货物装卸", 2, place, "[]"));
    }
}
