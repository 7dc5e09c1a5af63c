package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 我的档案 on a phone (390×844), through the gateway against the run's Keycloak, with new worker accounts in a copy of
 * 宿迁 of this class's own. The development real-name check verifies every valid number, except for names starting
 * 核验超时 (no answer: the profile waits for a desk) and 核验不符 (a mismatch). Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class WorkerProfileBrowserTests {

    /** On 发展大道, some 300 m west of 宿迁市零工市场 — amid the demo's jobs. */
    private static final String PLACE = "lat=33.9615&lon=118.2795";
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 个岗位");

    private static String city;

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void aNewWorkerRefusedAGrabFillsTheProfileIsVerifiedAndThenGrabs() throws Exception {
        WorkerPage.awaitDemoJobs(city, PLACE);
        try (KeycloakAccounts accounts = new KeycloakAccounts(); Console phone = WorkerPage.phone()) {
            String worker = accounts.account(null, "worker").username();
            phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "?" + PLACE + "&mode=EBIKE");
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            WorkerPage.grabFirst(phone);
            phone.fillInKeycloak(worker, KeycloakAccounts.password());
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            assertThat(phone.textOf("my-profile")).isEqualTo("我的档案");
            phone.screenshot("worker-page-signed-in");

            // Not verified yet: the refusal offers the profile, in the job's city.
            WorkerPage.grabFirst(phone);
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fill-profile")));
            String notice = phone.read(driver -> String.valueOf(phone.script("return arguments[0].textContent",
                    driver.findElement(By.cssSelector("vaadin-notification-card")))));
            assertThat(notice).contains("实名", "填写实名档案");
            phone.screenshot("worker-grab-unverified");
            phone.click("fill-profile");
            awaitStatus(phone, "UNVERIFIED");
            assertThat(phone.browser.getCurrentUrl()).endsWith("/worker/" + city + "/me");
            assertThat(phone.browser.getTitle()).isEqualTo("我的档案 | 零工归宿");
            assertThat(phone.textOf("real-name-status")).isEqualTo("未实名认证");
            assertThat(phone.textOf("next-step")).contains("登记身份证号");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("worker-profile-new");

            String number = ResidentIds.random();
            phone.type("realName", "陈建国");
            phone.type("idNumber", withWrongCheckDigit(number));
            phone.type("phone", "13912345678");
            phone.type("skills", "电工 焊工，叉车");
            String category = chooseFirstCategory(phone);
            tick(phone, "退役军人");
            phone.click("save-profile");
            assertThat(phone.errorMessage("idNumber")).contains("校验码");
            assertThat(phone.byId("real-name-status").getDomAttribute("data-status")).isEqualTo("UNVERIFIED");
            phone.screenshot("worker-profile-check-digit");

            phone.type("idNumber", number);
            phone.click("save-profile");
            awaitStatus(phone, "VERIFIED");
            assertThat(phone.textOf("real-name-status")).isEqualTo("已实名核验");
            assertThat(phone.textOf("next-step")).startsWith("已通过权威数据核验").endsWith("可以抢单。");
            assertThat(phone.textOf("on-record")).contains("陈**", number.charAt(0) + "****************"
                    + number.charAt(17), "139****5678").doesNotContain(number);
            assertThat(value(phone, "idNumber")).as("the number leaves the form").isEmpty();
            assertThat(helper(phone, "idNumber")).contains(number.charAt(0) + "*", "留空即保持不变");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("worker-profile");

            // Saved again without the number: the one given before is kept, and so is the verification.
            WebElement before = phone.byId("real-name-status");
            phone.click("save-profile");
            phone.wait.until(ExpectedConditions.stalenessOf(before));
            awaitStatus(phone, "VERIFIED");
            assertThat(phone.textOf("on-record")).contains(number.charAt(0) + "****************" + number.charAt(17));

            // Another number: only a desk changes it.
            phone.type("idNumber", ResidentIds.random());
            phone.click("save-profile");
            assertThat(phone.errorMessage("idNumber")).contains("未保存", "不能自行修改", "服务站");
            phone.screenshot("worker-profile-locked");

            // What was saved comes back: skills, the category, the priority group.
            phone.browser.navigate().refresh();
            awaitStatus(phone, "VERIFIED");
            assertThat(value(phone, "skills")).isEqualTo("电工 焊工 叉车");
            // 我的城市: the one account's profile in this city, verified.
            assertThat(phone.textOf("my-cities")).contains("我的城市", "已实名");
            String chosen = phone.read(driver -> driver.findElement(By.id("categories")).getText());
            assertThat(chosen).contains(category);
            assertThat(phone.script("return document.getElementById('priorityGroups').value.length")).isEqualTo(1L);

            phone.click("to-jobs");
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            WorkerPage.grabFirst(phone);
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("vaadin-notification-card"), "已抢到"));
        }
    }

    @Test
    void aNameTheAuthorityCannotAnswerForWaitsForADesk() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts(); Console phone = WorkerPage.phone()) {
            openProfileAsNewWorker(phone, accounts);

            fill(phone, "核验超时测试", ResidentIds.random());
            awaitStatus(phone, "PENDING");
            assertThat(phone.textOf("real-name-status")).isEqualTo("待现场核验");
            assertThat(phone.textOf("next-step")).contains("请携带身份证到零工市场服务站");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("worker-profile-pending");
        }
    }

    @Test
    void aNameTheAuthorityDoesNotPairWithTheNumberIsCorrectedWithTheNumberAgain() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts(); Console phone = WorkerPage.phone()) {
            openProfileAsNewWorker(phone, accounts);

            String number = ResidentIds.random();
            fill(phone, "核验不符张三", number);
            awaitStatus(phone, "REJECTED");
            assertThat(phone.textOf("real-name-status")).isEqualTo("核验未通过");
            assertThat(phone.textOf("next-step")).contains("姓名与身份证号和权威记录不一致", "请检查姓名");
            assertThat(phone.textOf("on-record")).startsWith("真实姓名 核*");
            assertThat(helper(phone, "idNumber")).contains("请再次填写身份证号");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("worker-profile-rejected");

            // The saved notice covers the header for a few seconds.
            phone.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
            phone.choose("language", "English");
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("real-name-status"),
                    "Verification failed"));
            assertThat(phone.textOf("next-step")).contains("do not match the authority records");
            assertThat(phone.browser.getTitle()).isEqualTo("My profile | 零工归宿");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("worker-profile-rejected-english");
            phone.choose("language", "简体中文");
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("real-name-status"),
                    "核验未通过"));

            fill(phone, "王小明", number);
            awaitStatus(phone, "VERIFIED");
            assertThat(phone.textOf("on-record")).contains("王**");
        }
    }

    /** Opened signed out, the profile page signs a new worker in and comes back. */
    private static void openProfileAsNewWorker(Console phone, KeycloakAccounts accounts) {
        String worker = accounts.account(null, "worker").username();
        phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "/me");
        phone.fillInKeycloak(worker, KeycloakAccounts.password());
        awaitStatus(phone, "UNVERIFIED");
        // Spring Security marks the page it returns to with ?continue.
        assertThat(phone.browser.getCurrentUrl()).contains("/worker/" + city + "/me");
    }

    /** Fills name, number and phone, and saves. */
    private static void fill(Console phone, String name, String number) {
        phone.type("realName", name);
        phone.type("idNumber", number);
        phone.type("phone", "15851234567");
        phone.click("save-profile");
    }

    private static void awaitStatus(Console phone, String status) {
        phone.wait.until(driver -> status.equals(driver.findElement(By.id("real-name-status"))
                .getDomAttribute("data-status")));
    }

    /** The same first 17 characters with a check digit GB 11643 does not give. */
    private static String withWrongCheckDigit(String number) {
        char right = number.charAt(17);
        return number.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /** Opens the categories and picks the first; returns its name. */
    private static String chooseFirstCategory(Console phone) {
        phone.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true",
                phone.byId("categories"));
        WebElement item = phone.wait.until(driver -> driver.findElements(
                By.cssSelector("vaadin-multi-select-combo-box-item")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        String name = item.getText().strip();
        phone.script("arguments[0].click()", item);
        phone.wait.until(driver -> driver.findElement(By.id("categories")).getText().contains(name));
        phone.script("document.getElementById('categories').opened = false");
        return name;
    }

    private static void tick(Console phone, String group) {
        WebElement box = phone.wait.until(driver -> driver.findElements(
                        By.cssSelector("#priorityGroups vaadin-checkbox")).stream().filter(checkbox -> checkbox.getText().strip().equals(group)).findFirst().orElse(null));
        phone.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", box);
        phone.wait.until(driver -> box.getDomAttribute("checked") != null);
    }

    private static String value(Console phone, String fieldId) {
        return String.valueOf(phone.script("return arguments[0].value", phone.byId(fieldId)));
    }

    private static String helper(Console phone, String fieldId) {
        return String.valueOf(phone.script("return arguments[0].helperText", phone.byId(fieldId)));
    }
}
