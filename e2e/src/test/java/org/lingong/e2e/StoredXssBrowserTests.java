package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored cross-site scripting, attacked through the real platform (issue 13, item 1): HTML in a job's title (an
 * {@code <img onerror>} and a {@code <script>}), a source's name, a market's name, a city's name and brand name, posted
 * through the public API of a city of this test's own (xsstest, in 江苏, far from every other city), then shown where
 * people meet them — the worker page with its map tooltips, the market screen, the city's console, the province
 * comparison and the platform's city list. Every payload would set {@code window.pwned}: it must stay unset, the text
 * must show as it was typed, and no page may raise a Content-Security-Policy violation (the escaping has to hold without
 * the policy's help). Last, the policy itself: an inline handler injected into the page is refused by it.
 */
@ExtendWith(RunningPlatform.class)
class StoredXssBrowserTests {

    private static final String CITY = "xsstest";
    private static final String ADMIN = "xsstest-admin";
    private static final String PASSWORD = "Xss-Test-2026";
    private static final String GATEWAY = Platform.gatewayUrl();
    private static final String API = GATEWAY + "/t/" + CITY + "/api/v1";

    private static final String CITY_NAME = "<img src=x onerror=pwned='city'>市";
    private static final String BRAND = "<img src=x onerror=pwned=1>";
    private static final String TITLE = "<img src=x onerror=\"window.pwned='title'\">招工";
    private static final String SCRIPT_TITLE = "<script>window.pwned='script'</script>保洁";
    private static final String SOURCE = "<img src=x onerror=\"window.pwned='source'\">人社局";
    /** A market's standard name is built from the city's name and its industry: both carry HTML here. */
    private static final String INDUSTRY = "<img src=x onerror=pwned='market'>";
    private static final String MARKET_NAME = CITY_NAME + INDUSTRY + "零工市场";
    /** Leaflet writes the attribution as HTML; the API refuses angle brackets, so only entities can try. */
    private static final String ATTRIBUTION = "&lt;b&gt;瓦片 &amp; 测试";
    private static final String TILE_HOST = "tiles.xsstest.invalid";

    /** The market on a quiet spot near 南通 (no demo city within 150 km), its two jobs some 500 m away. */
    private static final double MARKET_LATITUDE = 32.3000;
    private static final double MARKET_LONGITUDE = 120.9000;

    private static String adminToken;
    private static long marketId;
    private static final List<String> jobs = new ArrayList<>();

    @BeforeAll
    static void postTheAttack() throws InterruptedException {
        String platform = RunningPlatform.token("platform-admin");
        onboard(platform);
        adminToken = DemoTenants.passwordGrantToken(RunningPlatform.issuerUri(), ADMIN, PASSWORD);
        ObjectNode branding = Http.JSON.createObjectNode().put("brandName", BRAND).put("hotline", "0513-12333")
                .put("primaryColor", "#2E7D32");
        branding.putObject("mapTiles").put("urlTemplate", "https://" + TILE_HOST + "/{z}/{x}/{y}.png")
                .put("attribution", ATTRIBUTION).put("coordinates", "WGS84");
        assertThat(Http.send("PUT", API + "/tenant/branding", adminToken, Map.of(), branding.toString()).status())
                .isEqualTo(200);
        marketId = market();
        jobs.add(postJob(TITLE, MARKET_LATITUDE + 0.0045, MARKET_LONGITUDE));
        jobs.add(postJob(SCRIPT_TITLE, MARKET_LATITUDE - 0.0045, MARKET_LONGITUDE));
        awaitSearchHas(jobs);
    }

    @Test
    void htmlInTitlesAndNamesShowsAsTextOnTheWorkerPageItsMapAndTheMarketScreen() throws Exception {
        try (Console phone = visitor(390, 844)) {
            phone.browser.get(Platform.adminUiUrl() + "/worker/" + CITY);
            phone.wait.until(driver -> "2".equals(phone.byId("map").getDomAttribute("data-pins")));
            assertThat(titles(phone, ".job-card")).containsExactlyInAnyOrder(TITLE, SCRIPT_TITLE);
            assertThat(phone.byId("brand-name").getText()).isEqualTo(BRAND);
            assertThat(phone.browser.getTitle()).isEqualTo("附近零工岗位 | " + BRAND);
            assertThat(phone.byId("place").getText()).contains(MARKET_NAME);

            // A person's finger (or mouse) on each job's marker and on the centre: the tooltip shows the text.
            List<String> tooltips = new ArrayList<>();
            for (WebElement marker : phone.browser.findElements(By.cssSelector("#map path.map-pin, #map path.map-centre"))) {
                new Actions(phone.browser).moveToElement(marker).perform();
                WebElement tooltip = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#map .leaflet-tooltip")));
                tooltips.add(tooltip.getDomProperty("textContent"));
                assertThat(phone.script("return window.pwned === undefined ? null : String(window.pwned)"))
                        .as("a payload ran in a tooltip").isNull();
                assertThat(tooltip.findElements(By.cssSelector("*"))).as("no element inside a tooltip").isEmpty();
                new Actions(phone.browser).moveToElement(phone.byId("summary")).perform();
                phone.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#map .leaflet-tooltip")));
            }
            assertThat(tooltips).hasSize(3).anySatisfy(text -> assertThat(text).startsWith(TITLE + " · "))
                    .anySatisfy(text -> assertThat(text).startsWith(SCRIPT_TITLE + " · ")).contains(MARKET_NAME);
            assertThat(phone.browser.findElement(By.cssSelector("#map .leaflet-control-attribution"))
                    .getDomProperty("textContent")).contains(ATTRIBUTION);
            phone.screenshot("xss-worker-page-phone");
            assertNothingRan(phone);
        }
        try (Console desktop = visitor(1366, 768)) {
            desktop.browser.get(Platform.adminUiUrl() + "/worker/" + CITY);
            desktop.wait.until(driver -> "2".equals(desktop.byId("map").getDomAttribute("data-pins")));
            desktop.screenshot("xss-worker-page-desktop");
            assertNothingRan(desktop);
        }
        try (Console hall = visitor(1366, 768)) {
            hall.browser.get(Platform.adminUiUrl() + "/screen/" + CITY + "/" + marketId);
            hall.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".job-row"), 2));
            assertThat(hall.byId("market-name").getText()).isEqualTo(MARKET_NAME);
            assertThat(hall.byId("brand-name").getText()).isEqualTo(BRAND);
            assertThat(hall.browser.getTitle()).isEqualTo(MARKET_NAME + " | " + BRAND);
            assertThat(hall.browser.findElements(By.cssSelector(".job-row")).stream()
                    .map(row -> row.findElements(By.tagName("span")).getFirst().getText()))
                    .containsExactlyInAnyOrder(TITLE, SCRIPT_TITLE);
            hall.screenshot("xss-market-screen");
            assertNothingRan(hall);
        }
    }

    @Test
    void theConsolesShowHtmlInTitlesAndNamesAsText() throws Exception {
        try (Console console = visitor(1366, 768)) {
            console.browser.get(Platform.adminUiUrl() + "/");
            console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            console.browser.findElement(By.id("username")).sendKeys(ADMIN);
            console.browser.findElement(By.id("password")).sendKeys(PASSWORD);
            console.browser.findElement(By.id("kc-login")).click();
            console.waitForText("退出登录");
            assertThat(console.byId("brand-name").getText()).isEqualTo(BRAND);

            console.open("/city/jobs", "岗位管理");
            console.waitForText(TITLE);
            assertThat(console.text()).contains(SCRIPT_TITLE);
            console.open("/city/dispatch", "候工零工");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("market-jobs"), TITLE));
            assertThat(console.byId("market-jobs").getText()).contains(SCRIPT_TITLE);
            assertThat(console.byId("dispatch-market").getText()).contains(MARKET_NAME);
            console.open("/city/network", "服务网络");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("carriers"), MARKET_NAME));
            console.open("/city/branding", "效果预览");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-brand-name"), BRAND));
            console.screenshot("xss-city-console");
            assertNothingRan(console);
        }
        try (Console console = Console.signIn("jiangsu-admin")) {
            PolicyViolations.watch(console);
            console.open("/province", "各市指标对比");
            console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-cities"), CITY_NAME));
            // The chart cuts long names short; what it drew is text all the same.
            assertThat(console.chartText("#province-chart .echart")).contains("<img src=x");
            console.screenshot("xss-province");
            assertNothingRan(console);
        }
        try (Console console = Console.signIn("platform-admin")) {
            PolicyViolations.watch(console);
            console.open("/platform/tenants", CITY_NAME);
            assertThat(console.text()).contains(BRAND);
            assertNothingRan(console);
        }
    }

    @Test
    void thePagesSendAPolicyThatRefusesInlineHandlers() throws Exception {
        Http.Response page = Http.get(Platform.adminUiUrl() + "/worker/" + CITY, null, Map.of());
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy of the worker page").isNotNull();
        Map<String, String> directives = directives(policy);
        assertThat(directives.get("script-src")).doesNotContain("'unsafe-inline'", "'unsafe-hashes'", "*")
                .contains("'nonce-");
        assertThat(directives).containsEntry("object-src", "'none'").containsEntry("base-uri", "'self'")
                .containsEntry("frame-ancestors", "'none'");
        assertThat(directives.get("img-src")).as("the city's own tiles").contains("https://" + TILE_HOST)
                .doesNotContain("*");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");

        // Had a text reached the page as HTML, the browser would have refused its handler.
        try (Console phone = visitor(390, 844)) {
            phone.browser.get(Platform.adminUiUrl() + "/worker/" + CITY);
            phone.wait.until(driver -> "2".equals(phone.byId("map").getDomAttribute("data-pins")));
            phone.script("document.body.insertAdjacentHTML('beforeend', arguments[0])",
                    "<img id=injected src=data:, onerror=\"window.pwned='injected'\">");
            phone.wait.until(driver -> !PolicyViolations.of(phone).isEmpty());
            assertThat(PolicyViolations.of(phone)).singleElement().asString().startsWith("script-src-attr");
            assertThat(phone.script("return window.pwned === undefined")).isEqualTo(true);
        }
    }

    /** A visitor whose browser notes every Content-Security-Policy violation of every page it opens. */
    private static Console visitor(int width, int height) {
        Console console = Console.visit(width, height);
        ((HasCdp) console.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        HasCdp cdp = (HasCdp) console.browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*tile*")));
        PolicyViolations.watch(console);
        return console;
    }

    /** No payload ran, and the page needed no help from the Content-Security-Policy to keep it from running. */
    static void assertNothingRan(Console console) {
        assertThat(console.script("return window.pwned === undefined ? null : String(window.pwned)"))
                .as("a payload ran").isNull();
        assertThat(PolicyViolations.of(console)).as("Content-Security-Policy violations").isEmpty();
    }

    private static List<String> titles(Console console, String cardSelector) {
        return console.browser.findElements(By.cssSelector(cardSelector)).stream()
                .map(card -> card.findElements(By.tagName("span")).getFirst().getText()).toList();
    }

    private static Map<String, String> directives(String policy) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toMap(part -> part.split(" ", 2)[0],
                        part -> part.contains(" ") ? part.split(" ", 2)[1] : ""));
    }

    /** Opens the city (the run's own platform starts without it) and waits until the gateway routes it. */
    private static void onboard(String platform) throws InterruptedException {
        ObjectNode request = Http.JSON.createObjectNode().put("code", CITY).put("nameZh", CITY_NAME)
                .put("nameEn", "XSS Test City").put("provinceCode", "32").put("divisionCode", "329700");
        request.putObject("center").put("latitude", MARKET_LATITUDE).put("longitude", MARKET_LONGITUDE);
        request.putObject("admin").put("username", ADMIN).put("email", ADMIN + "@demo.lingong.invalid")
                .put("firstName", "管理员").put("lastName", "测试").put("password", PASSWORD)
                .put("temporaryPassword", false);
        Http.Response started = Http.send("POST", GATEWAY + "/api/v1/platform/onboardings", platform, Map.of(),
                request.toString());
        assertThat(started.status()).as(started.raw().body()).isIn(200, 202);
        Instant deadline = Instant.now().plusSeconds(120);
        String status;
        do {
            assertThat(Instant.now()).as("onboarding of " + CITY + " finished").isBefore(deadline);
            Thread.sleep(200);
            status = Http.get(GATEWAY + "/api/v1/platform/onboardings/" + CITY, platform, Map.of()).body()
                    .path("status").asString();
            assertThat(status).isNotEqualTo("FAILED");
        } while (!status.equals("SUCCEEDED"));
        DemoTenants.awaitRouted(GATEWAY, CITY);
    }

    /** The city's market: a city-level market whose industry carries HTML into its standard name. */
    private static long market() {
        ObjectNode market = Http.JSON.createObjectNode().put("kind", "MARKET").put("marketLevel", "INDUSTRY")
                .put("industry", INDUSTRY).put("regionCode", "329700").put("latitude", MARKET_LATITUDE)
                .put("longitude", MARKET_LONGITUDE).put("address", "测试路 1 号").put("indoorAreaM2", 300.0)
                .put("operatorType", "GOVERNMENT").put("status", "OPEN");
        ObjectNode weekly = market.putObject("openingHours").putObject("weekly");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.putArray(day).addObject().put("open", "06:00").put("close", "18:00");
        }
        Http.Response made = Http.send("POST", API + "/network/carriers", adminToken, Map.of(), market.toString());
        assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
        assertThat(made.body().path("name").asString()).isEqualTo(MARKET_NAME);
        return made.body().path("id").asLong();
    }

    private static String postJob(String title, double latitude, double longitude) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode job = Http.JSON.createObjectNode().put("title", title).put("category", "logistics")
                .put("slots", 2).put("address", "测试路 2 号").put("startsAt", start.toString())
                .put("endsAt", start.plus(8, ChronoUnit.HOURS).toString()).put("term", "SHORT")
                .put("contactPolicy", "PLATFORM_ONLY").put("marketId", marketId);
        job.putObject("wage").put("amountFen", 20000).put("unit", "DAY");
        job.putObject("location").put("latitude", latitude).put("longitude", longitude);
        job.putObject("source").put("channel", "GOVERNMENT").put("name", SOURCE);
        Http.Response posted = Http.send("POST", API + "/jobs", adminToken, Map.of(), job.toString());
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        return posted.body().path("id").asString();
    }

    /** The worker page asks search; the jobs reach it through tenant-core's outbox a moment after posting. */
    private static void awaitSearchHas(List<String> ids) throws InterruptedException {
        String nearby = API + "/jobs/nearby?lat=" + MARKET_LATITUDE + "&lon=" + MARKET_LONGITUDE + "&size=50";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Set<String> found;
        do {
            assertThat(Instant.now()).as("search has the test's jobs").isBefore(deadline);
            Thread.sleep(250);
            found = Http.get(nearby, null, Map.of()).body().path("hits").valueStream()
                    .map(hit -> hit.path("jobId").asString()).collect(Collectors.toSet());
        } while (!found.equals(Set.copyOf(ids)));
    }
}
