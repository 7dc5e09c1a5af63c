package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * 双实名 for employers in a real browser, through the gateway against the run's Keycloak, in a copy of 宿迁 of this
 * class's own: an employer on a phone (390×844) saves its company profile and uploads its business licence on
 * {@code /employer/{city}/me}; the city's station staff review the queue in the console (企业核验), look at the licence
 * served through the console, ask one employer for more and approve another. Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class EmployerVerificationBrowserTests {

    private static final String QUEUE = "employer-queue";
    private static String city;

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final String stamp = String.valueOf(1000 + random.nextInt(9000));

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    @Test
    void anEmployerOnAPhoneSavesItsProfileUploadsItsLicenceAndReadsTheStaffsNote() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts(); Console phone = WorkerPage.phone()) {
            KeycloakAccounts.Account employer = accounts.account(city, "employer");
            phone.browser.get(Platform.adminUiUrl() + "/employer/" + city + "/me");
            phone.fillInKeycloak(employer.username(), KeycloakAccounts.password());
            awaitStatus(phone, "UNVERIFIED");
            assertThat(phone.browser.getTitle()).isEqualTo("单位档案 | 零工归宿");
            assertThat(phone.textOf("employer-next-step")).contains("上传营业执照");
            phone.screenshot("employer-profile-new");

            String code = CreditCodes.random();
            phone.type("company-legalName", "宿迁市顺达物流有限公司" + stamp);
            phone.type("company-creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
            phone.type("company-legalRepresentative", "周建华");
            phone.type("company-contactName", "孙经理");
            phone.type("company-contactPhone", "13851234567");
            phone.click("save-company");
            assertThat(phone.errorMessage("company-creditCode")).contains("校验码不符");
            phone.screenshot("employer-profile-check-character");

            phone.type("company-creditCode", code);
            WebElement before = phone.byId("employer-status");
            phone.click("save-company");
            phone.wait.until(ExpectedConditions.stalenessOf(before));
            awaitStatus(phone, "UNVERIFIED");
            assertThat(phone.textOf("employer-next-step")).contains("请上传营业执照");
            assertThat(phone.text()).contains("周**", "138****4567").doesNotContain("周建华", "13851234567");

            // A file named .png that is no image is refused by its bytes, and nothing is kept.
            choose(phone, Images.file("licence.png", "这不是图片".getBytes()));
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licence-refused"),
                    "上传的文件不是 PNG 或 JPEG 图片"));
            assertThat(phone.byId("employer-status").getDomAttribute("data-status")).isEqualTo("UNVERIFIED");
            phone.screenshot("employer-licence-wrong-type");

            before = phone.byId("employer-status");
            choose(phone, Images.file("执照.jpg", Images.jpeg(1200, 800)));
            phone.wait.until(ExpectedConditions.stalenessOf(before));
            awaitStatus(phone, "PENDING");
            assertThat(phone.textOf("employer-status")).isEqualTo("审核中");
            assertThat(phone.textOf("licence-on-file")).startsWith("已于");
            phone.script("window.scrollTo(0, 0)");
            phone.screenshot("employer-profile-pending");

            // The staff's note comes back as text, whatever it holds.
            String note = "<b>请上传执照正本</b> & 盖章页 " + stamp;
            String staff = accounts.create(city, "station-staff");
            String id = ok(api("GET", "/employers/me", employer.token(), null), 200).get("id").asString();
            ok(api("POST", "/employers/" + id + "/verification", staff,
                    "{\"decision\": \"ASK_MORE\", \"note\": \"" + note.replace("\"", "\\\"") + "\"}"), 200);
            phone.browser.navigate().refresh();
            awaitStatus(phone, "UNVERIFIED");
            assertThat(phone.textOf("employer-review-note")).isEqualTo(note);
            assertThat(phone.textOf("employer-next-step")).contains("补充材料");
            assertThat(phone.browser.findElements(By.cssSelector("#employer-review-note b"))).isEmpty();
            phone.screenshot("employer-profile-more-requested");
        }
    }

    @Test
    void stationStaffSeeTheLicenceAskOneEmployerForMoreAndApproveAnother() throws Exception {
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String first = "宿迁市兴业建材有限公司" + stamp;
            String second = "宿迁市安康家政服务有限公司" + stamp;
            String firstToken = submitted(accounts, first, "13912340001");
            String secondToken = submitted(accounts, second, "13912340002");

            try (Console console = Console.signIn(city + "-staff")) {
                assertThat(console.text()).contains("企业核验", "实名核验");
                console.open("/city/employer-verification", "提交时间");
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUEUE), first));
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUEUE), second));
                assertThat(console.gridRow(QUEUE, first)).contains("9132", "孙**", "139****0001")
                        .doesNotContain("13912340001");

                console.pick(QUEUE, first);
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-review-name"),
                        first));
                WebElement image = console.byId("employer-licence-image");
                console.wait.until(driver -> (Boolean) console.script(
                        "return arguments[0].complete && arguments[0].naturalWidth === 1200", image));
                assertThat(image.getDomAttribute("src")).doesNotContain("/t/", city, "http");
                assertThat(console.text()).contains("法定代表人 周**").doesNotContain("周建华");
                console.screenshot("city-employer-verification");

                // Asking for more needs a note the employer will read: the API says so at the field.
                console.click("ask-more-employer");
                assertThat(console.errorMessage("employer-review-note")).isEqualTo("请填写原因");
                console.type("employer-review-note", "请补充营业执照副本");
                console.click("ask-more-employer");
                console.waitForText("已要求补充材料：" + first);
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id(QUEUE), first)));

                console.pick(QUEUE, second);
                console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer-review-name"),
                        second));
                console.click("approve-employer");
                console.waitForText("已审核通过：" + second);
                console.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id(QUEUE), second)));
            }

            JsonNode asked = ok(api("GET", "/employers/me", firstToken, null), 200);
            assertThat(asked.get("status").asString()).isEqualTo("UNVERIFIED");
            assertThat(asked.get("statusReason").asString()).isEqualTo("MORE_REQUESTED");
            assertThat(asked.get("statusNote").asString()).isEqualTo("请补充营业执照副本");
            JsonNode approved = ok(api("GET", "/employers/me", secondToken, null), 200);
            assertThat(approved.get("status").asString()).isEqualTo("VERIFIED");
            assertThat(approved.get("verifiedAt").isNull()).isFalse();
        }
    }

    /** An employer of the city whose profile and licence wait in the queue; its token. */
    private String submitted(KeycloakAccounts accounts, String name, String phone) {
        return TestEmployers.submitted(accounts, city, name, phone).token();
    }

    private static void choose(Console phone, Path file) {
        WebElement upload = phone.show("licence-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }

    private static void awaitStatus(Console phone, String status) {
        phone.wait.until(driver -> status.equals(driver.findElement(By.id("employer-status"))
                .getDomAttribute("data-status")));
    }

    private static Http.Response api(String method, String path, String token, String body) {
        return Http.send(method, Platform.gatewayUrl() + "/t/" + city + "/api/v1" + path, token, Map.of(), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }
}
