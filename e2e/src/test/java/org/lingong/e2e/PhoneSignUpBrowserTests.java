package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * A newcomer joins from the worker page on a phone (390×844) with a phone number and an SMS code: the run's real
 * Keycloak with the phone sign-in, tenant-core delivering the code with the city's settings (the development sender,
 * whose outbox the test reads as a developer would), in a copy of 宿迁 of this class's own. Screenshots in
 * target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class PhoneSignUpBrowserTests {

    private static String city;

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void aNewcomerJoinsWithAPhoneAndACodeAndLandsSignedInOnTheWorkerPage() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        try (Console page = WorkerPage.phone()) {
            page.browser.get(Platform.adminUiUrl() + "/worker/" + city);
            assertThat(page.textOf("sign-in")).isEqualTo("登录 / 注册");
            page.click("sign-in");
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
            assertThat(page.text()).contains("手机号登录 / 注册", "个人信息保护政策", "账号密码登录");
            // The city's own page: its name and brand, and its privacy notice on the site the person came from.
            assertThat(page.textOf("city-brand")).contains("零工市场 · 零工归宿");
            assertThat(page.browser.findElement(By.id("privacy-link")).getDomAttribute("href"))
                    .isEqualTo(Platform.adminUiUrl() + "/privacy/" + city);
            page.screenshot("phone-sign-in");

            page.browser.findElement(By.id("phone")).sendKeys(phone);
            page.browser.findElement(By.id("send-code")).click();
            page.waitForText("请先阅读并勾选同意个人信息保护政策");
            assertThat(DevSmsOutbox.sent(city, phone)).as("no consent, no code").isEmpty();

            page.browser.findElement(By.id("consent")).click();
            page.browser.findElement(By.id("send-code")).click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
            assertThat(page.textOf("code-sent-to")).contains(masked).doesNotContain(phone);
            page.screenshot("phone-code");
            String code = DevSmsOutbox.awaitCode(city, phone);

            page.browser.findElement(By.id("code")).sendKeys(code.equals("000000") ? "111111" : "000000");
            page.browser.findElement(By.id("verify-code")).click();
            page.waitForText("验证码不正确");
            page.browser.findElement(By.id("code")).sendKeys(code);
            page.browser.findElement(By.id("verify-code")).click();

            page.wait.until(ExpectedConditions.urlContains("/worker/" + city));
            assertThat(page.textOf("my-profile")).isEqualTo("我的档案");
            page.screenshot("phone-signed-in");
            String consented = accountOf(phone);

            // The notice the person agreed to, in the city's brand, is the version Keycloak recorded.
            page.click("my-profile");
            page.click("privacy-notice");
            page.waitForText("我们收集的信息");
            assertThat(page.textOf("privacy-version")).isEqualTo("版本 " + consented);
            page.screenshot("privacy-notice");

            // PIPL: the person closes the account from their own page, told first what that erases.
            page.browser.navigate().back();
            page.click("close-account");
            page.waitForText("注销后，您在所有城市的零工档案");
            page.screenshot("close-account");
            page.click("close-account-confirm");
            // Signed out once the account is gone.
            page.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/worker/" + city + "/me")));
        }
        assertThat(RunningPlatform.keycloak().send("GET", "/" + RunningPlatform.realm() + "/users?q=phone:" + phone,
                null).json().valueStream().toList()).as("the account is gone").isEmpty();
    }

    /** Checks the phone's one account and returns the privacy notice version of its consent. */
    private static String accountOf(String phone) {
        List<JsonNode> accounts = RunningPlatform.keycloak().send("GET", "/" + RunningPlatform.realm()
                + "/users?q=phone:" + phone, null).json().valueStream().toList();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.getFirst().path("username").asString()).doesNotContain(phone.substring(3));
        String consent = accounts.getFirst().path("attributes").path("consents").get(0).asString();
        assertThat(consent).startsWith(city + "|");
        return consent.split("\\|")[1];
    }

    /**
     * A worker who joined by SMS chooses a password on 我的档案 (Keycloak's UPDATE_PASSWORD, back on the page), then
     * signs in on a new phone with 密码登录: the phone and that password; a wrong one is refused without telling more.
     */
    @Test
    void aWorkerChoosesAPasswordOnTheirPageAndSignsInWithPhoneAndPassword() throws Exception {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String me = Platform.adminUiUrl() + "/worker/" + city + "/me";
        try (Console page = WorkerPage.phone()) {
            page.browser.get(me);
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone"))).sendKeys(phone);
            page.browser.findElement(By.id("consent")).click();
            page.browser.findElement(By.id("send-code")).click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")))
                    .sendKeys(DevSmsOutbox.awaitCode(city, phone));
            page.browser.findElement(By.id("verify-code")).click();
            page.click("choose-password");

            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                    .sendKeys("Gong-2026");
            page.browser.findElement(By.id("password-confirm")).sendKeys("Gong-2026");
            page.screenshot("worker-choose-password");
            page.browser.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            page.wait.until(ExpectedConditions.urlMatches("/worker/" + city + "/me(\\?.*)?$"));
            page.byId("choose-password");
        }

        try (Console page = WorkerPage.phone()) {
            page.browser.get(me);
            page.wait.until(ExpectedConditions.elementToBeClickable(By.id("use-phone-password"))).click();
            passwordSignIn(page, phone, "not-the-password");
            page.waitForText("手机号或密码不正确");
            assertThat(page.browser.findElement(By.id("phone")).getDomProperty("value")).isEqualTo(phone);
            page.screenshot("worker-password-wrong");
            passwordSignIn(page, phone, "Gong-2026");
            page.wait.until(ExpectedConditions.urlMatches("/worker/" + city + "/me(\\?.*)?$"));
            page.byId("choose-password");
        }
    }

    private static void passwordSignIn(Console page, String phone, String password) {
        WebElement typed = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
        typed.clear();
        typed.sendKeys(phone);
        page.browser.findElement(By.id("password")).sendKeys(password);
        page.browser.findElement(By.id("consent")).click();
        page.browser.findElement(By.id("sign-in-password")).click();
    }
}
