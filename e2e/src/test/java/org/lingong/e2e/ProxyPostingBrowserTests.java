package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 代发布 in a real browser, through the gateway against the run's Keycloak, in a copy of 宿迁 of this class's own: the
 * city's station staff find a verified employer by name in the console, post its job at the city's market, and the
 * employer on a phone (390×844) finds the job on its page marked as posted by the station, the title shown as text.
 * Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class ProxyPostingBrowserTests {

    private static String city;

    private final String stamp = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void stationStaffPostForAWalkInEmployerWhoSeesTheJobOnItsPage() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String name = "宿迁市惠民保洁服务有限公司" + stamp;
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, name, "13912345678");
            JsonNode categories = Http.get(TestEmployers.api(city, "/job-categories"), null, Map.of()).body();
            String category = categories.valueStream().filter(found -> found.get("active").asBoolean())
                    .findFirst().orElseThrow().get("nameZh").asString();
            String market = Http.get(TestEmployers.api(city, "/network/directory?size=200"), null, Map.of()).body()
                    .get("items").valueStream().filter(found -> found.get("kind").asString().equals("MARKET"))
                    .findFirst().orElseThrow().get("name").asString();
            String title = "<b>保洁员</b> & 急招 " + stamp;

            try (Console console = Console.signIn(city + "-staff")) {
                assertThat(console.text()).contains("代发布");
                console.open("/city/jobs/on-behalf", "代发布岗位");
                // Nothing goes out before an employer is chosen.
                console.click("proxy-post");
                assertThat(console.errorMessage("proxy-employer")).isEqualTo("请选择用人单位");

                WebElement input = console.show("proxy-employer").findElement(By.cssSelector("input"));
                input.sendKeys("惠民保洁服务有限公司" + stamp);
                WebElement item = console.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[contains(., '" + name + "')]")));
                assertThat(item.getText()).doesNotContain("周建华");
                console.script("arguments[0].click()", item);
                console.wait.until(driver -> input.getDomProperty("value").startsWith(name));
                console.type("proxy-title", title);
                console.choose("proxy-category", category);
                console.type("proxy-wage", "180.5");
                console.type("proxy-slots", "3");
                console.choose("proxy-market", market);
                console.screenshot("city-proxy-posting");
                console.click("proxy-post");
                console.waitForText("已代 " + name + " 发布：" + title.strip());
            }

            JsonNode jobs = Http.get(TestEmployers.api(city, "/employers/me/jobs"), employer.token(), Map.of()).body();
            JsonNode job = jobs.get("items").get(0);
            assertThat(jobs.get("total").asLong()).isOne();
            assertThat(job.get("title").asString()).isEqualTo(title);
            assertThat(job.get("poster").asString()).isEqualTo("STAFF");
            assertThat(job.get("status").asString()).isEqualTo("OPEN");
            assertThat(job.at("/wage/amountFen").asLong()).isEqualTo(18_050);
            assertThat(job.at("/source/channel").asString()).isEqualTo("EMPLOYER");
            assertThat(job.get("marketId").isNull()).isFalse();

            try (Console phone = WorkerPage.phone()) {
                phone.browser.get(Platform.adminUiUrl() + "/employer/" + city + "/me");
                phone.fillInKeycloak(employer.username(), KeycloakAccounts.password());
                phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-jobs"), title));
                WebElement row = phone.show("employer-jobs").findElement(By.cssSelector(".employer-job"));
                assertThat(row.getText()).contains("招聘中", "服务站代发布");
                assertThat(phone.browser.findElements(By.cssSelector("#employer-jobs b"))).isEmpty();
                phone.screenshot("employer-jobs-posted-by-station");
            }
        }
    }
}
