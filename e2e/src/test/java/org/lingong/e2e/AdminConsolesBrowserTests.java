package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The consoles as each role uses them, in a real browser against the running platform: what the menu offers, the main
 * task of each page, and a screenshot of each (target/screenshots, 1366×768).
 */
@ExtendWith(RunningPlatform.class)
class AdminConsolesBrowserTests {

    /** A city this test opens (and suspends and resumes) itself, so the demo cities stay as they are. */
    private static final String TEST_CITY = "uitest";

    @Test
    void platformAdminOnboardsACityWatchesItsProgressThenSuspendsAndResumesIt() throws Exception {
        try (Console console = Console.signIn("platform-admin")) {
            assertThat(console.text()).contains("城市租户", "开通城市").doesNotContain("数据看板", "岗位管理", "品牌设置");

            console.open("/platform/tenants", "宿迁市");
            assertThat(console.text()).contains("suqian", "江苏省", "正常服务", "零工归宿");
            console.screenshot("platform-tenants");

            console.open("/platform/onboard", "首位城市管理员");
            console.click("submit-onboarding");
            // The API's own validation, shown at the fields it names.
            assertThat(console.errorMessage("code")).isNotBlank();
            assertThat(console.errorMessage("admin-email")).isNotBlank();
            console.show("code");
            console.screenshot("platform-onboard-errors");

            console.type("code", TEST_CITY);
            console.type("name-zh", "界面测试市");
            console.type("name-en", "UI Test City");
            console.choose("province", "江苏省");
            console.type("division-code", "329901");
            console.type("latitude", "32.0");
            console.type("longitude", "118.8");
            console.type("brand-name", "测试零工");
            console.type("admin-username", "uitest-admin");
            console.type("admin-email", "uitest-admin@demo.lingong.invalid");
            console.type("admin-last-name", "测试");
            console.type("admin-first-name", "管理员");
            console.type("admin-password", "demo-ui-test");
            console.click("submit-onboarding");

            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("onboarding-status"), "开通成功"));
            assertThat(console.textOf("onboarding-progress")).contains("开通进度：" + TEST_CITY, "100%");
            console.screenshot("platform-onboard-progress");

            console.open("/platform/tenants", "界面测试市");
            console.click("suspend-" + TEST_CITY);
            console.waitForText("暂停界面测试市的服务？");
            confirmDialog(console);
            console.waitForText("已暂停界面测试市的服务");
            console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reactivate-" + TEST_CITY)));
            assertThat(row(console, TEST_CITY)).contains("已暂停");
            console.screenshot("platform-tenant-suspended");

            console.click("reactivate-" + TEST_CITY);
            confirmDialog(console);
            console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suspend-" + TEST_CITY)));
            assertThat(row(console, TEST_CITY)).contains("正常服务");
        }
    }

    /** In a copy of 宿迁 of its own: it imports and takes down jobs and changes the city's logo. */
    @Test
    void cityAdminSeesTheDashboardImportsJobsTakesOneDownAndEditsTheBranding() throws Exception {
        String city = Cities.copyOf("suqian");
        try (Console console = Console.signIn(city + "-admin")) {
            assertThat(console.text()).contains("数据看板", "服务网络", "岗位管理", "批量导入", "品牌设置", "零工归宿")
                    .doesNotContain("开通城市", "城市对比");
            // The city's brand colour (宿迁 #C8102E) is the console's primary colour.
            assertThat(console.script("return getComputedStyle(document.body).getPropertyValue('--lumo-primary-color')"))
                    .asString().containsIgnoringCase("#C8102E");

            console.open("/city", "年度指标");
            assertThat(console.text()).contains("宿迁市", "发布岗位", "注册零工", "用工单位", "第三方归集占比",
                    "岗位来源构成", "第三方平台", "服务网络覆盖率", "乡镇（街道）驿站覆盖", "年度目标 50,000",
                    "现场派单用时");
            assertThat(console.chartText("#city-dashboard .echart")).contains("第三方平台", "乡镇（街道）驿站覆盖", "全覆盖");
            assertThat(console.browser.findElements(By.cssSelector("#city-dashboard .echart"))).hasSize(2);
            console.screenshot("city-dashboard");

            String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            Path feed = Files.createTempFile("jobs", ".csv");
            Files.writeString(feed, feedCsv(stamp), StandardCharsets.UTF_8);
            console.open("/city/jobs/import", "批量导入岗位");
            WebElement file = console.byId("job-import-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            file.sendKeys(feed.toString());
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-import-summary"), "导入完成"));
            assertThat(console.textOf("job-import-summary")).contains("共 3 行", "成功 2 行", "未通过 1 行");
            assertThat(console.textOf("rejected-rows")).contains("4");
            console.screenshot("city-job-import");

            console.open("/city/jobs", "岗位管理");
            console.waitForText("界面测试保洁 " + stamp);
            console.screenshot("city-jobs");
            // The text search filters the grid: the first row's take-down is then the job searched for.
            console.type("job-search", "钟点工 " + stamp);
            console.wait.until(driver -> Long.valueOf(1).equals(console.script("return document.getElementById('jobs').size")));
            console.screenshot("city-jobs-search");
            console.script("[...document.querySelectorAll('#jobs vaadin-button.take-down')]"
                    + ".find(button => button.offsetParent !== null).click()");
            console.waitForText("下架岗位：界面测试钟点工 " + stamp);
            console.click("confirm-take-down");
            assertThat(console.errorMessage("take-down-reason")).contains("下架理由");
            console.type("take-down-reason", "浏览器测试：信息不实");
            console.click("confirm-take-down");
            console.waitForText("已下架：界面测试");

            console.open("/city/network", "服务网络");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("carriers"), "开放中"));
            assertThat(console.textOf("carriers")).contains("零工驿站");
            console.screenshot("city-network");
            console.browser.findElements(By.cssSelector("vaadin-button[id^='edit-carrier-']")).getFirst().click();
            console.type("carrier-hotline", "not-a-phone");
            console.click("save-carrier");
            assertThat(console.errorMessage("carrier-hotline")).isNotBlank();
            console.screenshot("city-network-edit");
            console.browser.navigate().refresh();

            console.open("/city/branding", "效果预览");
            console.type("hotline", "0527-88886666");
            // The form is longer than the window: bring the preview (top right) back into view to read it.
            console.show("branding-preview");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-hotline"),
                    "服务热线 0527-88886666"));
            console.type("primary-color", "red");
            // The live check: the map tries the typed tiles a moment after typing stops and says they do not load
            // (tests run offline); saving shows the API's verdict on the template at the field.
            console.type("tile-url", "https://tile.example.invalid/{z}/{x}.png");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tile-status"), "瓦片无法加载"));
            console.click("save-branding");
            assertThat(console.errorMessage("primary-color")).isNotBlank();
            assertThat(console.errorMessage("tile-url")).contains("{z}、{x}、{y}");
            console.screenshot("city-branding");

            // A logo uploaded as a file: the preview and the drawer show it from the API, through the gateway.
            console.show("logo-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(smallPng().toString());
            console.waitForText("标志已上传并生效");
            String uploaded = "/t/" + city + "/api/v1/tenant/logo?v=";
            console.wait.until(driver -> loaded(console, "#branding-preview img", uploaded));
            console.wait.until(driver -> loaded(console, "#brand-logo", uploaded));
            console.show("branding-preview");
            console.screenshot("city-branding-logo");
            console.click("remove-logo");
            console.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("brand-logo")));
        }
    }

    /** An image element showing a picture from this address (loaded, not broken). */
    private static boolean loaded(Console console, String selector, String address) {
        return Boolean.TRUE.equals(console.script("""
                const image = document.querySelector(arguments[0]);
                return !!image && image.src.includes(arguments[1]) && image.complete && image.naturalWidth > 0;
                """, selector, address));
    }

    /** A 96×32 PNG in the demo city's red with a white bar, made by the test. */
    private static Path smallPng() throws Exception {
        BufferedImage image = new BufferedImage(96, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(new Color(0xC8, 0x10, 0x2E));
        paint.fillRect(0, 0, 96, 32);
        paint.setColor(Color.WHITE);
        paint.fillRect(12, 13, 72, 6);
        paint.dispose();
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void provinceAdminComparesItsCitiesAndExportsThemToExcel() throws Exception {
        try (Console console = Console.signIn("jiangsu-admin")) {
            assertThat(console.text()).contains("城市对比", "江苏省（全省）").doesNotContain("城市租户", "岗位管理");

            console.open("/province", "各市指标对比");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-cities"), "连云港市"));
            String table = console.textOf("province-cities");
            assertThat(table).contains("宿迁市", "连云港市", "发布岗位", "岗位目标完成率", "乡镇（街道）驿站覆盖")
                    .doesNotContain("淮南市", "婺城区");
            assertThat(console.chartText("#province-chart .echart")).contains("宿迁市", "连云港市");
            assertThat((Long) console.chartOption("#province-chart .echart", "series[0].data.length"))
                    .as("one bar per city").isGreaterThanOrEqualTo(2L);
            // A percentage comes with each city's target: a mark on its bar, explained under the chart.
            console.choose("charted-measure", "第三方归集占比");
            console.wait.until(driver -> console.chartText("#province-chart .echart").contains("%"));
            assertThat((Long) console.chartOption("#province-chart .echart", "series[1].data.length"))
                    .isGreaterThanOrEqualTo(2L);
            assertThat(console.textOf("province-chart-legend")).contains("各市的目标");
            console.screenshot("province-compare");
            console.show("province-chart");
            console.screenshot("province-chart");

            WebElement export = console.byId("export-xlsx");
            assertThat(export.getDomAttribute("download")).isNotNull();
            Object file = console.script("""
                    return fetch(arguments[0]).then(r => r.arrayBuffer().then(b => [r.status,
                        r.headers.get('content-type'), new Uint8Array(b.slice(0, 2)).join(','), b.byteLength].join(' ')));
                    """, export.getDomProperty("href"));
            // A zip (xlsx) file: it starts with "PK".
            assertThat(String.valueOf(file))
                    .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 80,75 ");
        }
    }

    /** Two good rows and one with a negative wage (file line 4). */
    private static String feedCsv(String stamp) {
        String header = "title,category,description,wage_amount_fen,wage_unit,slots,latitude,longitude,address,starts_at,"
                + "ends_at,term,contact_policy,source_channel,source_name,external_ref,valid_until,priority_groups\n";
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant end = start.plus(1, ChronoUnit.DAYS);
        String row = "%s,domestic,浏览器测试导入,%d,HOUR,2,33.96,118.27,宿迁市,%s,%s,SHORT,PLATFORM_ONLY,GOVERNMENT,"
                + "宿迁市人力资源和社会保障局,%s,,\n";
        return header + row.formatted("界面测试保洁 " + stamp, 4000, start, end, "ui-" + stamp + "-1")
                + row.formatted("界面测试钟点工 " + stamp, 4500, start, end, "ui-" + stamp + "-2")
                + row.formatted("界面测试错误行 " + stamp, -5, start, end, "ui-" + stamp + "-3");
    }

    private static void confirmDialog(Console console) {
        console.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"))).click();
    }

    /** The text of the grid row that shows {@code code} (Vaadin grid cells are in the light DOM, row by row). */
    private static String row(Console console, String code) {
        return (String) console.script("""
                const grid = document.getElementById('tenants');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const first = cells.findIndex(cell => cell.textContent.trim() === arguments[0]);
                const columns = grid.querySelectorAll('vaadin-grid-column').length;
                return cells.slice(first, first + columns).map(cell => cell.textContent.trim()).join(' ');
                """, code);
    }
}
