package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 岗位审核 through the gateway, in a copy of 宿迁 of its own: two postings with age limits are held by the screening;
 * station staff see each with the words that held it and the rule's grounds, publish one and take the other down with
 * a reason (which the form asks for first).
 */
@ExtendWith(RunningPlatform.class)
class ScreeningReviewBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");
    private final Places.Spot place = Places.own();

    @Test
    void staffPublishOneHeldPostingAndTakeTheOtherDown() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市快运物流" + stamp,
                    "13512345678");
            String first = held(employer, "夜班分拣员" + stamp, "夜班分拣，35岁以下，能吃苦。");
            String second = held(employer, "写字楼保洁" + stamp, "写字楼保洁，年龄不超过50岁。");

            try (Console console = Console.signIn(city + "-staff")) {
                console.open("/city/screening-reviews", "岗位审核");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screening-reviews"),
                        "写字楼保洁" + stamp));
                assertThat(console.gridRow("screening-reviews", "夜班分拣员" + stamp)).contains("年龄限制，原文“35岁以下”",
                        "就业促进法");
                console.screenshot("city-screening-reviews");

                console.click("approve-" + first);
                console.waitForText("已发布：夜班分拣员" + stamp);
                console.click("reject-" + second);
                console.click("confirm-reject");
                assertThat(console.errorMessage("review-reason")).isNotBlank();
                console.type("review-reason", "年龄限制无法律依据，请修改后重新发布");
                console.click("confirm-reject");
                console.waitForText("已驳回并下架：写字楼保洁" + stamp);
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("screening-reviews"), stamp)));
            }
            String staff = RunningPlatform.token(city + "-admin");
            assertThat(send("GET", "/jobs/" + first, staff, null).body().get("status").asString()).isEqualTo("OPEN");
            assertThat(send("GET", "/jobs/" + second, staff, null).body().get("status").asString())
                    .isEqualTo("TAKEN_DOWN");
        }
    }

    /** A posting the screening holds for review: its id. */
    private String held(KeycloakAccounts.Account employer, String title, String description) {
        Http.Response posted = send("POST", "/jobs", employer.token(),
                TestJobs.posting(title, description, 2, place, "[]"));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        assertThat(posted.body().get("status").asString()).isEqualTo("HELD");
        return posted.body().get("id").asString();
    }

    private Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, TestEmployers.api(city, path), token, Map.of(), body);
    }
}
