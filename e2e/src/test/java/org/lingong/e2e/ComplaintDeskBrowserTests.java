package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 投诉受理台 through the gateway, in a copy of 宿迁 of its own: a worker reports an employer demanding a deposit; station
 * staff find it on the desk with its deadline marked, accept it, are refused a decision without its content, then
 * decide; the worker follows both steps. The complaint's text, with markup typed into it, stays text.
 */
@ExtendWith(RunningPlatform.class)
class ComplaintDeskBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");

    @Test
    void staffTakeAWorkersComplaintFromTheDeskToADecision() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市速达劳务" + stamp,
                    "13512345678");
            String employerId = send("GET", "/employers/me", employer.token(), null).body().get("id").asString();
            KeycloakAccounts.Account worker = accounts.account(null, "worker");
            Http.Response profile = send("PUT", "/workers/me", worker.token(), """
                    {"realName": "钱小红", "idNumber": "%s", "phone": "139%08d", "skills": ["保洁"]}"""
                    .formatted(ResidentIds.random(), random.nextInt(100_000_000)));
            assertThat(profile.body().get("status").asString()).isEqualTo("VERIFIED");
            String text = "<b>界面测试" + stamp + "</b>：上岗前要求交300元押金";
            Http.Response filed = send("POST", "/complaints", worker.token(), """
                    {"subjectKind": "EMPLOYER", "subjectId": "%s", "category": "FEES_DEMANDED", "text": "%s"}"""
                    .formatted(employerId, text));
            assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
            String id = filed.body().get("id").asString();

            try (Console console = Console.signIn(city + "-staff")) {
                console.open("/city/complaints", "投诉受理台");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaints"),
                        "界面测试" + stamp));
                assertThat(console.gridRow("complaints", "界面测试" + stamp)).contains("乱收费用", "已收到",
                        "宿迁市速达劳务" + stamp);
                assertThat(console.browser.findElement(By.cssSelector(".complaint-due[data-complaint='" + id + "']"))
                        .getAttribute("data-urgency")).isIn("ON_TIME", "DUE_SOON");
                assertThat(console.browser.findElements(By.cssSelector("#complaints b"))).isEmpty();
                console.screenshot("city-complaint-desk");

                console.click("handle-" + id);
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-text"),
                        text));
                assertThat(console.textOf("complaint-steps")).contains("已收到");
                console.click("confirm-complaint-step");
                console.waitForText("已转为“已受理”");

                console.click("handle-" + id);
                console.choose("complaint-next", "已作出决定");
                console.click("confirm-complaint-step");
                console.waitForText("以便告知投诉人");
                console.type("complaint-note", "责令退还押金300元，已退还");
                console.screenshot("city-complaint-decide");
                console.click("confirm-complaint-step");
                console.waitForText("已转为“已作出决定”");
            }
            JsonNode mine = send("GET", "/complaints/mine", worker.token(), null).body();
            assertThat(mine.get(0).get("status").asString()).isEqualTo("DECIDED");
            assertThat(mine.get(0).get("steps").get(2).get("note").asString()).isEqualTo("责令退还押金300元，已退还");
        }
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, TestEmployers.api(city, path), token, Map.of(), body);
    }
}
