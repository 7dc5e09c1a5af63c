package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 投诉受理台 through the gateway, in a copy of 宿迁 of its own: a worker reports an employer demanding a deposit; station
 * staff find it on the desk with its deadline marked, accept it, are refused a decision without its content, then
 * decide, and record a hotline call about an agency; on the phone the worker reads the decision and reports an agency through the form. Markup typed into a
 * complaint stays text on both pages; phone numbers in it are starred.
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

                // A hotline call about an agency, recorded at the desk.
                console.click("complaint-hotline");
                console.choose("hotline-subject-kind", "中介机构");
                console.type("hotline-agency", "某某人力" + stamp);
                console.choose("hotline-category", "乱收费用");
                console.type("hotline-text", "来电反映：收取报名费500元");
                console.screenshot("city-complaint-hotline");
                console.click("hotline-save");
                console.waitForText("已登记热线投诉 #");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaints"),
                        "某某人力" + stamp));
            }
            // On the phone the worker reads the decision, then reports an agency through the form.
            try (Console phone = WorkerPage.phone()) {
                phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/complaints");
                phone.fillInKeycloak(worker.username(), KeycloakAccounts.password());
                phone.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".my-complaint"), "data-status",
                        "DECIDED"));
                assertThat(phone.textOf("my-complaints")).contains("责令退还押金300元，已退还", "宿迁市速达劳务" + stamp);
                phone.click("complaint-send");
                phone.waitForText("请写明投诉的事情经过");
                phone.type("complaint-agency", "<i>黑中介</i>" + stamp);
                phone.choose("complaint-category", "虚假招聘");
                phone.type("complaint-text-input", "收了200元介绍费后联系不上，电话 13812345678");
                phone.click("complaint-send");
                phone.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".my-complaint"), 2));
                assertThat(phone.browser.findElement(By.cssSelector(".my-complaint[data-status='RECEIVED']")).getText())
                        .contains("<i>黑中介</i>" + stamp, "虚假招聘").doesNotContain("13812345678");
                assertThat(phone.browser.findElements(By.cssSelector("#my-complaints i"))).isEmpty();
                phone.screenshot("worker-my-complaints");
            }
            JsonNode mine = send("GET", "/complaints/mine", worker.token(), null).body();
            assertThat(mine.get(1).get("status").asString()).isEqualTo("DECIDED");
            assertThat(mine.get(0).get("text").asString()).isEqualTo("收了200元介绍费后联系不上，电话 ***********");
        }
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, TestEmployers.api(city, path), token, Map.of(), body);
    }
}
