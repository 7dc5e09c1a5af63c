package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 5 秒发单 on a phone (390×844) through the gateway, in a copy of 宿迁 of this class's own: a verified employer opens
 * 发布岗位 from its page, taps the workplace on the map and saves it as 仓库, publishes; posts the job again from 我的岗位
 * (same hours, tomorrow) at the saved address; saves a draft, is refused a job for no one, and later continues and
 * publishes it. Titles stay text. Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class EmployerPostingBrowserTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static String city;

    private final String stamp = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void anEmployerPostsAtASavedAddressPostsAgainAndPublishesADraft() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, "宿迁市快发物流有限公司" + stamp,
                    "13612345678");
            String category = Http.get(TestEmployers.api(city, "/job-categories"), null, Map.of()).body()
                    .valueStream().filter(found -> found.get("active").asBoolean()).findFirst().orElseThrow()
                    .get("nameZh").asString();
            String title = "<b>仓库</b>理货 & 分拣 " + stamp;
            String draftTitle = "夜班装车 " + stamp;
            String address = "宿迁市宿城区物流园 8 号";

            try (Console boss = WorkerPage.phone()) {
                PolicyViolations.watch(boss);
                boss.browser.get(Platform.adminUiUrl() + "/employer/" + city + "/me");
                boss.fillInKeycloak(employer.username(), KeycloakAccounts.password());
                boss.tap("#post-job");
                boss.byId("posting-form");
                assertThat(boss.browser.getTitle()).startsWith("发布岗位");

                // A new job: the place tapped on the map, saved as 仓库, then published.
                boss.type("job-title", title);
                boss.choose("job-category", category);
                boss.type("job-wage", "180.5");
                boss.type("job-slots", "2");
                WebElement map = boss.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#job-map.leaflet-container")));
                boss.script("arguments[0].scrollIntoView({block: 'center'})", map);
                new Actions(boss.browser).moveToElement(map, 30, 20).click().perform();
                boss.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-place"), "已选工作地点"));
                boss.type("job-address", address);
                boss.type("job-address-label", "仓库");
                boss.click("job-save-address");
                boss.wait.until(driver -> boss.byId("job-saved-address").getText().contains("仓库 · " + address));
                boss.screenshot("employer-posting-new");
                boss.click("job-publish");
                boss.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-jobs"), title));
                assertThat(boss.browser.findElements(By.cssSelector("#employer-jobs b"))).isEmpty();

                JsonNode saved = send("GET", "/employers/me/addresses", employer, null).get(0);
                JsonNode first = mine(employer).get(0);
                assertThat(first.get("title").asString()).isEqualTo(title);
                assertThat(first.get("status").asString()).isEqualTo("OPEN");
                assertThat(first.at("/wage/amountFen").asLong()).isEqualTo(18_050);
                assertThat(first.get("address").asString()).isEqualTo(address);
                assertThat(first.at("/location/latitude").asDouble()).isEqualTo(saved.get("latitude").asDouble());
                assertThat(first.at("/location/longitude").asDouble()).isEqualTo(saved.get("longitude").asDouble());

                // 再发一单: the same job, its hours from tomorrow, at the saved address, for more workers.
                boss.tap(".employer-job[data-id='" + first.get("id").asString() + "'] .job-again-link");
                boss.wait.until(driver -> title.equals(boss.byId("job-title").findElement(By.cssSelector("input"))
                        .getDomProperty("value")));
                assertThat(boss.browser.getTitle()).startsWith("再发一单");
                boss.choose("job-saved-address", "仓库 · " + address);
                boss.type("job-slots", "5");
                boss.screenshot("employer-posting-again");
                boss.click("job-publish");
                boss.wait.until(driver -> driver.findElements(By.cssSelector(".employer-job")).size() == 2);
                JsonNode again = mine(employer).get(0);
                assertThat(again.get("id").asString()).isNotEqualTo(first.get("id").asString());
                assertThat(again.get("title").asString()).isEqualTo(title);
                assertThat(again.get("slots").asInt()).isEqualTo(5);
                assertThat(again.get("status").asString()).isEqualTo("OPEN");
                Instant start = Instant.parse(again.get("startsAt").asString());
                assertThat(LocalDate.ofInstant(start, CHINA)).isEqualTo(LocalDate.now(CHINA).plusDays(1));
                assertThat(start.atZone(CHINA).toLocalTime())
                        .isEqualTo(Instant.parse(first.get("startsAt").asString()).atZone(CHINA).toLocalTime());
                assertThat(Duration.between(start, Instant.parse(again.get("endsAt").asString()))).isEqualTo(
                        Duration.between(Instant.parse(first.get("startsAt").asString()),
                                Instant.parse(first.get("endsAt").asString())));

                // A draft, saved now and published later.
                boss.tap("#post-job");
                boss.byId("posting-form");
                boss.type("job-title", draftTitle);
                boss.choose("job-category", category);
                boss.type("job-wage", "200");
                boss.type("job-slots", "1");
                boss.choose("job-saved-address", "仓库 · " + address);
                boss.click("job-save-draft");
                boss.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-jobs"),
                        draftTitle));
                JsonNode draft = mine(employer).get(0);
                assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
                String row = ".employer-job[data-id='" + draft.get("id").asString() + "']";
                String draftRow = boss.read(driver -> driver.findElement(By.cssSelector(row)).getText());
                assertThat(draftRow).contains("草稿");
                boss.screenshot("employer-jobs-with-draft");

                boss.tap(row + " .job-continue-link");
                boss.wait.until(driver -> draftTitle.equals(boss.byId("job-title").findElement(
                        By.cssSelector("input")).getDomProperty("value")));
                assertThat(boss.browser.getTitle()).startsWith("继续编辑草稿");
                // A job for no one is the API's to refuse, at the field; nothing is published.
                boss.type("job-slots", "0");
                boss.click("job-publish");
                assertThat(boss.errorMessage("job-slots")).isNotBlank();
                boss.screenshot("employer-draft-refused");
                assertThat(send("GET", "/employers/me/jobs/" + draft.get("id").asString(), employer, null)
                        .get("status").asString()).isEqualTo("DRAFT");
                boss.type("job-slots", "3");
                boss.click("job-publish");
                boss.wait.until(driver -> driver.findElements(By.cssSelector(row + " .job-again-link")).size() == 1);
                JsonNode published = send("GET", "/employers/me/jobs/" + draft.get("id").asString(), employer, null);
                assertThat(published.get("status").asString()).isEqualTo("OPEN");
                assertThat(published.get("slots").asInt()).isEqualTo(3);
                assertThat(boss.browser.findElements(By.cssSelector("#employer-jobs b"))).isEmpty();
                boss.screenshot("employer-jobs-posted");
                assertThat(PolicyViolations.of(boss)).as("violations on the posting page").isEmpty();
            }
        }
    }

    /** The employer's jobs, newest first. */
    private static JsonNode mine(KeycloakAccounts.Account employer) {
        return send("GET", "/employers/me/jobs", employer, null).get("items");
    }

    private static JsonNode send(String method, String path, KeycloakAccounts.Account employer, String body) {
        Http.Response response = Http.send(method, TestEmployers.api(city, path), employer.token(), Map.of(), body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }
}
