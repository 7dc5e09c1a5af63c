package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 黑中介名单 through the gateway, in a copy of 宿迁 of its own: the city admin proposes an agency by the phone it
 * recruits with; Jiangsu's province admin lists it on the province's desk; the agency, registered in the city as an
 * employer with that phone, can post nothing more; the station's staff check the phone and find it. Markup typed
 * into the grounds stays text on both desks. The entry is taken off the list afterwards: the list outlives the city.
 */
@ExtendWith(RunningPlatform.class)
class AgencyBlacklistBrowserTests {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));
    private final String city = Cities.copyOf("suqian");
    private final Places.Spot place = Places.own();

    @Test
    void aCityProposesTheProvinceListsAndTheAgencyStopsRecruiting() throws Exception {
        String phone = "136" + String.format("%08d", random.nextInt(100_000_000));
        String agency = "宿迁市速达劳务信息咨询部" + stamp;
        String grounds = "<b>收取押金</b>" + stamp + "，无许可证从事职业中介";
        String listingId = null;
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            KeycloakAccounts.Account employer = TestEmployers.verified(accounts, city, agency, phone);
            assertThat(post(employer, "仓库理货员" + stamp).status()).isEqualTo(201);

            try (Console console = Console.signIn(city + "-admin")) {
                console.open("/city/agency-blacklist", "非法职业中介黑名单");
                console.click("listing-new");
                console.type("listing-name", agency);
                console.type("listing-phone", "12345");
                console.type("listing-grounds", grounds);
                console.click("listing-save");
                assertThat(console.errorMessage("listing-phone")).isEqualTo("电话号码格式不正确");
                console.type("listing-phone", phone);
                console.screenshot("city-blacklist-propose");
                console.click("listing-save");
                console.waitForText("待省级审核 #");
                assertThat(console.gridRow("listings", agency)).contains("待省级审核", grounds,
                        phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
                assertThat(console.browser.findElements(By.cssSelector("#listings b"))).isEmpty();
            }
            listingId = Http.get(TestEmployers.api(city, "/agency-blacklist"), RunningPlatform.token(city + "-admin"),
                    Map.of()).body().valueStream().filter(entry -> entry.get("name").asString().equals(agency))
                    .findFirst().orElseThrow().get("id").asString();
            // Still only a proposal: it binds nobody yet.
            assertThat(post(employer, "仓库分拣员" + stamp).status()).isEqualTo(201);

            try (Console province = Console.signIn("jiangsu-admin")) {
                province.open("/province/agency-blacklist", "非法职业中介黑名单");
                province.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-listings"),
                        agency));
                String number = province.browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '"
                        + agency + "')]/following-sibling::vaadin-grid-cell-content//span[@data-listing]"))
                        .getAttribute("data-listing");
                assertThat(province.browser.findElements(By.cssSelector("#province-listings b"))).isEmpty();
                province.screenshot("province-blacklist-review");
                province.tap("#review-" + number);
                province.choose("listing-decision", "列入黑名单");
                province.type("listing-note", "经核查属实");
                province.click("confirm-listing");
                province.waitForText("已列入 #" + number);
                province.choose("listings-status", "已列入");
                province.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".listing-status[data-listing='" + number + "'][data-status='LISTED']")));
                province.screenshot("province-blacklist-listed");
            }

            // Through the real gateway, nobody but Jiangsu's admin reaches Jiangsu's desk.
            String desk = Platform.gatewayUrl() + "/api/v1/platform/provinces/32/agency-blacklist";
            for (String outsider : new String[] {"anhui-admin", city + "-admin"}) {
                Http.Response refusedDesk = Http.get(desk, RunningPlatform.token(outsider), Map.of());
                assertThat(refusedDesk.status()).as(outsider).isEqualTo(403);
                assertThat(refusedDesk.body().get("type").asString()).endsWith("/province-forbidden");
            }

            // Listed by its phone: the agency, an employer of the city with that contact phone, is refused.
            Http.Response refused = post(employer, "再招理货员" + stamp);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("title").asString()).startsWith("该单位已列入本省非法职业中介黑名单");

            try (Console staff = Console.signIn(city + "-staff")) {
                staff.open("/city/agency-blacklist", "非法职业中介黑名单");
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".listing-status[data-status='LISTED']")));
                assertThat(staff.browser.findElements(By.id("listing-new"))).isEmpty();
                staff.type("blacklist-check-phone", phone);
                staff.click("blacklist-check");
                staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blacklist-check-result"),
                        "已列入本省黑名单"));
                assertThat(staff.textOf("blacklist-check-result")).contains(agency, grounds);
                assertThat(staff.browser.findElements(By.cssSelector("#blacklist-check-result b"))).isEmpty();
                staff.screenshot("city-blacklist-check");
            }
        } finally {
            if (listingId != null) {
                Http.send("POST", Platform.gatewayUrl() + "/api/v1/platform/provinces/32/agency-blacklist/"
                        + listingId + "/remove", RunningPlatform.token("jiangsu-admin"), Map.of(),
                        "{\"note\": \"测试结束移出\"}");
            }
        }
    }

    private Http.Response post(KeycloakAccounts.Account employer, String title) {
        return Http.send("POST", TestEmployers.api(city, "/jobs"), employer.token(), Map.of(),
                TestJobs.posting(title, "仓库货物理货", 2, place, "[]"));
    }
}
