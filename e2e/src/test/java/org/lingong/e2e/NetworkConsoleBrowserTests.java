package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The city's service network in the console, in a real browser against the running platform: a city admin creates a
 * carrier (the API's refusals shown at the fields first), and reads the coverage of the demo network and its gaps;
 * another city's admin sees only their own city. The first two each work in a copy of 宿迁 of their own (the coverage
 * counts the city's carriers, and the other test adds one). Screenshots in target/screenshots (1366×768).
 */
@ExtendWith(RunningPlatform.class)
class NetworkConsoleBrowserTests {

    private static final String TEST_MARK = "界面测试";

    @Test
    void cityAdminCreatesACarrierAfterTheApiRefusedTheFirstTriesAtTheirFields() throws Exception {
        String city = Cities.copyOf("suqian");
        try (Console console = Console.signIn(city + "-admin")) {
            assertThat(console.text()).contains("服务网络", "覆盖与缺口");
            console.open("/city/network", "服务网络");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("carriers"), "开放中"));
            console.click("new-carrier");
            console.waitForText("命名规范：零工市场为");

            // A station (the default kind) in 幸福街道: the standard name is offered as soon as the region is chosen.
            chooseRegion(console, "宿城区 / 幸福街道");
            console.wait.until(driver -> "宿城区幸福街道零工驿站".equals(value(console, "carrier-name")));
            assertThat(helperText(console, "carrier-name")).isEqualTo("规范名称：宿城区幸福街道零工驿站");
            console.screenshot("city-network-new");

            // No address, no position, a wrong phone: the API's checks, each at its field.
            console.type("carrier-name", "幸福街道" + TEST_MARK + "专窗");
            console.type("carrier-hotline", "12345abc");
            console.click("create-carrier");
            assertThat(console.errorMessage("carrier-address")).contains("地址不能为空");
            assertThat(console.errorMessage("carrier-latitude")).contains("纬度须在 3 到 54 之间");
            assertThat(console.errorMessage("carrier-longitude")).contains("经度须在 73 到 136 之间");
            assertThat(console.errorMessage("carrier-hotline")).contains("电话格式不正确");
            console.show("carrier-address");
            console.screenshot("city-network-new-errors");

            // A window belongs in a village, not in a street: the region field says so.
            console.choose("new-carrier-kind", "服务专窗");
            console.wait.until(driver -> "该类载体没有规范名称，请自拟名称".equals(helperText(console, "carrier-name")));
            assertThat(value(console, "carrier-name")).isEqualTo("幸福街道" + TEST_MARK + "专窗");
            console.type("carrier-address", "宿城区幸福街道幸福社区服务中心一楼");
            console.type("carrier-latitude", "33.9456");
            console.type("carrier-longitude", "118.2901");
            console.type("carrier-hotline", "0527-84211234");
            console.click("create-carrier");
            assertThat(console.errorMessage("carrier-regionCode")).isEqualTo(
                    "区划 321302001（TOWNSHIP）级别不符，该类载体只能设在：VILLAGE");
            assertThat(console.byId("carrier-address").getDomAttribute("invalid")).isNull();

            // In the village it is stored, and listed.
            String name = "幸福社区" + TEST_MARK + "专窗";
            chooseRegion(console, "宿城区 / 幸福街道 / 幸福社区");
            console.type("carrier-name", name);
            console.click("create-carrier");
            console.waitForText("已保存：" + name);
            console.choose("carrier-kind", "服务专窗");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("carriers"), name));
            assertThat(console.textOf("carriers")).contains("321302001002", "0527-84211234");
            console.screenshot("city-network-created");

            // Changing it uses the same fields: suspended, it is listed so.
            console.click("edit-carrier-" + carrierId(city, name));
            console.waitForText("修改：" + name);
            assertThat(value(console, "carrier-address")).isEqualTo("宿城区幸福街道幸福社区服务中心一楼");
            console.choose("carrier-status", "暂停服务");
            console.screenshot("city-network-edit-created");
            console.click("save-carrier");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("carriers"), "暂停服务"));
        }
    }

    @Test
    void cityAdminSeesTheCoverageOfTheDemoNetworkAndItsGaps() throws Exception {
        try (Console console = Console.signIn(Cities.copyOf("suqian") + "-admin")) {
            console.open("/city/network/coverage", "宿迁市服务网络覆盖与缺口");
            // 宿迁's demo network: stations in 幸福街道 (two), 沭城街道 and 众兴街道; windows in 大众村 and 双沟村;
            // county markets in 宿城区, 宿豫区 and 沭阳县 (泗洪's is an industry market and only planned).
            assertThat(console.textOf("coverage-township-stations"))
                    .contains("乡镇（街道）驿站覆盖", "3/11 个", "27.3%，目标 ≥ 100%", "未达标", "缺口 8 个");
            assertThat(console.textOf("coverage-village-windows"))
                    .contains("中心村专窗覆盖", "2/5 个", "40%，目标 ≥ 40%", "已达标", "缺口 3 个");
            assertThat(console.textOf("coverage-county-markets")).contains("3/5 个", "60%", "未达标");

            assertThat(countyRow(console, "宿城区")).isEqualTo(
                    "宿城区 1/3 个 项里街道 耿车镇 1/1 个 无缺口 有综合市场");
            assertThat(countyRow(console, "宿豫区")).isEqualTo(
                    "宿豫区 0/2 个 顺河街道 丁嘴镇 0/1 个 金星村 有综合市场");
            assertThat(countyRow(console, "泗洪县")).isEqualTo(
                    "泗洪县 0/2 个 青阳街道 双沟镇 1/1 个 无缺口 缺综合市场");
            assertThat(console.browser.findElements(By.cssSelector("#coverage-counties .coverage-gap")))
                    .extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("项里街道", "耿车镇", "顺河街道", "丁嘴镇", "金星村", "韩山镇", "韩山村", "爱园镇",
                            "爱园村", "青阳街道", "双沟镇");
            console.screenshot("city-network-coverage");

            console.show("coverage-regions");
            String tree = console.textOf("coverage-regions");
            assertThat(tree).contains("幸福街道", "有驿站", "项里街道", "缺驿站", "大众村", "中心村 · 有专窗",
                    "金星村", "中心村 · 缺专窗");
            console.screenshot("city-network-coverage-regions");
        }
    }

    @Test
    void anotherCitysAdminSeesOnlyTheirOwnCitysCoverage() throws Exception {
        try (Console console = Console.signIn("lianyungang-admin")) {
            console.open("/city/network/coverage", "连云港市服务网络覆盖与缺口");
            // 连云港: 19 townships, stations in 新海街道, 朐阳街道 (in 朐阳社区) and 海头镇.
            assertThat(console.textOf("coverage-township-stations")).contains("3/19 个", "缺口 16 个");
            assertThat(console.textOf("coverage-county-markets")).contains("2/6 个");
            assertThat(console.text()).contains("海州区", "锦屏镇")
                    .doesNotContain("宿迁", "宿城区", "项里街道", "耿车镇", "3/11 个");
            console.screenshot("other-city-coverage");
        }
        try (Console console = Console.signIn("jiangsu-admin")) {
            // A province admin compares cities elsewhere; this page is a city's own.
            assertThat(console.text()).contains("城市对比").doesNotContain("覆盖与缺口");
        }
    }

    private static long carrierId(String city, String name) {
        String admin = RunningPlatform.token(city + "-admin");
        return Http.get(Platform.gatewayUrl() + "/t/" + city + "/api/v1/network/carriers?kind=WINDOW&size=200", admin,
                        Map.of()).body().get("items")
                .valueStream().filter(carrier -> carrier.get("name").asString().equals(name)).findFirst()
                .orElseThrow().get("id").asLong();
    }

    /** A county's row in the counties grid, cell by cell; a cell of badges reads as their texts. */
    private static String countyRow(Console console, String county) {
        return (String) console.script("""
                const grid = document.getElementById('coverage-counties');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const first = cells.findIndex(cell => cell.textContent.trim() === arguments[0]);
                const columns = grid.querySelectorAll('vaadin-grid-column').length;
                return cells.slice(first, first + columns).map(cell => {
                    const badges = [...cell.querySelectorAll('vaadin-badge')];
                    return badges.length ? badges.map(badge => badge.textContent.trim()).join(' ')
                        : cell.textContent.trim();
                }).join(' ');
                """, county);
    }

    private static String value(Console console, String id) {
        return (String) console.script("return arguments[0].value", console.byId(id));
    }

    private static String helperText(Console console, String id) {
        return (String) console.script("return arguments[0].helperText", console.byId(id));
    }

    /** Types part of a region's path into the combo box and picks the region whose whole path is {@code path}. */
    private static void chooseRegion(Console console, String path) {
        WebElement input = console.show("carrier-regionCode").findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(path.substring(path.lastIndexOf('/') + 1).strip());
        WebElement item = console.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + path + "']")));
        console.script("arguments[0].click()", item);
        console.wait.until(driver -> path.equals(input.getDomProperty("value")));
    }
}
