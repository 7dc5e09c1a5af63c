package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 工作人员账号 in a real browser: 宿迁's city admin opens a station-staff account (the API's errors at the fields first,
 * then the generated password shown once), finds it listed and disables it; the demo staff login {@code suqian-staff}
 * then sees the console station staff may use. Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class StaffAccountsBrowserTests {

    @Test
    void aCityAdminOpensAStaffAccountSeesItListedAndDisablesIt() throws Exception {
        String username = "e2e-staff-" + UUID.randomUUID().toString().substring(0, 8);
        try (KeycloakAccounts accounts = new KeycloakAccounts();
             Console console = Console.signIn("suqian-admin")) {
            assertThat(console.text()).contains("工作人员账号");
            console.open("/city/staff", "工作人员账号");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-accounts"),
                    "suqian-staff"));
            assertThat(row(console, "suqian-staff")).contains("陈*", "s***********@demo.lingong.invalid", "正常");
            console.screenshot("staff-accounts");

            console.click("new-staff-account");
            console.type("staff-username", "Bad Name");
            console.type("staff-email", "not-an-address");
            console.click("create-staff-account");
            assertThat(console.errorMessage("staff-username")).contains("小写字母");
            assertThat(console.errorMessage("staff-email")).contains("邮箱");
            assertThat(console.errorMessage("staff-last-name")).contains("姓");
            console.screenshot("staff-account-errors");

            console.type("staff-username", username);
            console.type("staff-email", username + "@e2e.lingong.invalid");
            console.type("staff-last-name", "李");
            console.type("staff-first-name", "红梅");
            console.click("create-staff-account");
            String password = console.textOf("temporary-password");
            // The account exists once its password is shown: from now on it is removed when the test ends.
            accounts.deleteAfterwards(username);
            assertThat(password).hasSize(16);
            assertThat(console.text()).contains("账号 " + username + " 的临时密码", "只显示这一次");
            console.screenshot("staff-account-temporary-password");
            console.click("temporary-password-close");

            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-accounts"), username));
            assertThat(row(console, username)).contains("李**", "正常");
            console.click("disable-" + username);
            console.waitForText("停用账号 " + username + "？");
            console.screenshot("staff-account-disable-confirm");
            console.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"))).click();
            console.waitForText("已停用账号 " + username);
            console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enable-" + username)));
            assertThat(row(console, username)).contains("已停用");
            console.screenshot("staff-account-disabled");
        }
    }

    @Test
    void stationStaffSeeWhatTheyMayUseAndNeitherBrandingNorAccounts() throws Exception {
        try (Console console = Console.signIn("suqian-staff")) {
            assertThat(console.text()).contains("数据看板", "服务网络", "岗位管理", "批量导入", "现场调度", "欠薪处置",
                    "零工归宿", "陈晓", "驿站工作人员")
                    .doesNotContain("品牌设置", "工作人员账号", "合同模板", "开通城市", "城市对比");
            console.open("/city", "年度指标");
            console.screenshot("staff-console-dashboard");

            console.open("/city/jobs", "岗位管理");
            assertThat(console.browser.findElements(By.cssSelector("vaadin-button.take-down"))).isEmpty();
            console.screenshot("staff-console-jobs");

            console.browser.get(Platform.adminUiUrl() + "/city/staff");
            console.waitForText("页面不存在或无权访问");
            assertThat(console.browser.findElements(By.id("new-staff-account"))).as("the page is refused").isEmpty();
            console.screenshot("staff-console-accounts-refused");
        }
    }

    /** The text of the grid row whose first cell is {@code username}. */
    private static String row(Console console, String username) {
        return (String) console.script("""
                const grid = document.getElementById('staff-accounts');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const first = cells.findIndex(cell => cell.textContent.trim() === arguments[0]);
                const columns = grid.querySelectorAll('vaadin-grid-column').length;
                return cells.slice(first, first + columns).map(cell => cell.textContent.trim()).join(' ');
                """, username);
    }
}
