package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 争议调处 through the gateway, in a copy of 宿迁 of its own: a worker's confirmed order goes wrong; the city admin adds
 * a mediator, opens a case on the order, records a session and the failure of mediation; the case file is a PDF; the
 * case is filed for arbitration and closed with an award. Markup typed into the claim stays text.
 */
@ExtendWith(RunningPlatform.class)
class DisputesBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");
    private final Places.Spot place = Places.own();

    @Test
    void aCaseGoesFromMediationToArbitrationOnTheDesk() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市顺达物流" + stamp,
                    "135" + String.format("%08d", random.nextInt(100_000_000)));
            String job = Http.send("POST", TestEmployers.api(city, "/jobs"), employer.token(), Map.of(),
                    TestJobs.posting("仓库搬运工" + stamp, "仓库货物搬运", 2, place, "[]")).body().get("id").asString();
            KeycloakAccounts.Account worker = accounts.account(null, "worker");
            Http.send("PUT", TestEmployers.api(city, "/workers/me"), worker.token(), Map.of(), """
                    {"realName": "钱小军", "idNumber": "%s", "phone": "139%08d", "skills": ["搬运"]}"""
                    .formatted(ResidentIds.random(), random.nextInt(100_000_000)));
            String order = Http.send("POST", TestEmployers.api(city, "/jobs/" + job + "/grab"), worker.token(),
                    Map.of(), null).body().get("id").asString();
            assertThat(Http.send("POST", TestEmployers.api(city, "/orders/" + order + "/confirm"), employer.token(),
                    Map.of(), null).status()).isEqualTo(200);
            String claim = "<b>拖欠</b>两天工资" + stamp;

            try (Console console = Console.signIn(city + "-admin")) {
                console.open("/city/disputes", "劳动争议快速调处");
                console.click("mediators");
                console.type("mediator-name", "周调解" + stamp);
                console.type("mediator-organisation", "宿城区零工市场调解室");
                console.click("mediator-add");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mediator-list"),
                        "周调解" + stamp));
                console.click("mediators-done");

                console.click("dispute-new");
                console.type("dispute-order", order);
                console.choose("dispute-mediator", "周调解" + stamp + "（宿城区零工市场调解室）");
                console.type("dispute-claim-amount", "360");
                console.click("confirm-dispute");
                assertThat(console.errorMessage("dispute-claim")).isEqualTo("请写明请求事项");
                console.type("dispute-claim", claim);
                console.screenshot("city-dispute-open");
                console.click("confirm-dispute");
                console.waitForText("：调解中");
                assertThat(console.gridRow("disputes", stamp)).contains("钱**", "360.00", claim, "调解中",
                        "调解期限至");
                assertThat(console.browser.findElements(By.cssSelector("#disputes b"))).isEmpty();
                String number = console.browser.findElement(By.cssSelector(".dispute-state"))
                        .getAttribute("data-dispute");

                console.tap("#session-" + number);
                console.type("session-place", "宿城区零工市场调解室");
                console.type("session-notes", "双方到场，用工单位称工人提前离岗");
                console.click("confirm-dispute");
                console.waitForText("第 " + number + " 号案件：调解中");
                console.tap("#fail-" + number);
                console.type("failure-reason", "用工单位不同意支付");
                console.click("confirm-dispute");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".dispute-state[data-dispute='" + number + "']"), "data-status",
                        "MEDIATION_FAILED"));

                // The case file downloads as a PDF, fetched for the signed-in admin.
                String href = console.browser.findElement(By.id("case-file-" + number)).getDomAttribute("href");
                Object head = console.script("return fetch(arguments[0]).then(r => r.text()).then(t => t.slice(0, 5))",
                        href);
                assertThat(head).isEqualTo("%PDF-");

                console.tap("#file-" + number);
                console.type("filing-commission", "宿迁市劳动人事争议仲裁委员会");
                console.type("filing-case-number", "宿劳人仲案字〔2026〕第" + stamp + "号");
                console.click("confirm-dispute");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".dispute-state[data-dispute='" + number + "']"), "data-status",
                        "IN_ARBITRATION"));
                console.tap("#close-" + number);
                console.choose("result-kind", "裁决");
                console.type("result-award", "360");
                console.type("result-note", "裁决用工单位支付工资");
                console.click("confirm-dispute");
                console.wait.until(ExpectedConditions.attributeToBe(
                        By.cssSelector(".dispute-state[data-dispute='" + number + "']"), "data-status", "CLOSED"));
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-kpis"),
                        "仲裁结案率 100%"));
                console.screenshot("city-disputes");
            }
        }
    }
}
