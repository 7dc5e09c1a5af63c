package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * A person walks into a market with an ID card and a phone: the desk finds no one with the card, registers them in the
 * same flow (privacy notice read out and ticked, SMS code typed back, name and number from the card), verifies them in
 * person and checks them in; later the person closes the account from the worker page. The run's real Keycloak,
 * tenant-core's dev SMS outbox, a copy of 宿迁 of this class's own. Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class WalkInDeskBrowserTests {

    private static String city;

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void theDeskRegistersAWalkInVerifiesThemAndChecksThemIn() throws Exception {
        String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String idNumber = ResidentIds.random();
        String skill = "窗口登记" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        try (Console console = Console.signIn(city + "-admin")) {
            console.open("/city/dispatch", "候工零工");
            console.type("worker-id-number", idNumber);
            console.click("staff-check-in");
            // Nobody holds the card in this city: the desk registers them instead, the number carried over.
            console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("walk-in-phone")));
            assertThat(console.browser.findElement(By.id("walk-in-id-number")).getDomProperty("value"))
                    .isEqualTo(idNumber);
            console.type("walk-in-phone", phone);
            console.click("walk-in-send-code");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("walk-in-code-sent"),
                    phone.substring(0, 3) + "****" + phone.substring(7)));
            console.type("walk-in-code", DevSmsOutbox.awaitCode(city, phone));
            console.type("walk-in-name", "冯春生");
            console.type("walk-in-skills", skill + "，搬运");
            console.screenshot("walk-in-dialog");

            console.click("walk-in-register");
            console.waitForText("请向来访人员宣读隐私政策，取得其同意并勾选后再登记");
            console.click("walk-in-consent");
            console.click("walk-in-register");
            console.waitForText("已为 冯** 开立账号、现场核验并签到候工");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-workers"), skill));
            assertThat(console.gridRow("waiting-workers", skill)).contains("冯**").doesNotContain("冯春生");
            console.screenshot("walk-in-checked-in");
        }
        List<JsonNode> accounts = RunningPlatform.keycloak().send("GET", "/" + RunningPlatform.realm()
                + "/users?q=phone:" + phone, null).json().valueStream().toList();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.getFirst().path("attributes").path("consents").get(0).asString())
                .startsWith(city + "|");
    }
}
