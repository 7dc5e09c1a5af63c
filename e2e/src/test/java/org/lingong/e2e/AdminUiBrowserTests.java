package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin UI as a person meets it: sent to the Keycloak login, signed in, on the start page. */
@ExtendWith(RunningPlatform.class)
class AdminUiBrowserTests {

    @Test
    void signsInThroughKeycloakAndLandsOnTheStartPage() throws Exception {
        WebDriver browser = Browser.open(1366, 768);
        try {
            browser.get(Platform.adminUiUrl() + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl())
                    .startsWith(RunningPlatform.issuerUri() + "/protocol/openid-connect/auth");
            assertThat(browser.getCurrentUrl()).contains("client_id=lingong-admin-ui", "code_challenge_method=S256",
                    "ui_locales=zh-CN");
            Browser.screenshot(browser, "admin-ui-login");
            assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("登录");

            browser.findElement(By.id("username")).sendKeys("suqian-admin");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.urlMatches("^" + Platform.adminUiUrl() + "/(\\?continue)?$"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "城市租户：suqian"));
            Browser.screenshot(browser, "admin-ui-start");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("市（区）级管理员", "宿迁管理员");
        } finally {
            browser.quit();
        }
    }
}
