package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The public pages as people meet them, with no tile server reachable (tile requests are blocked in the browser): a
 * worker on a phone (390×844) in 宿迁 looking for work near the city's gig market on 发展大道, and the market's
 * information screen in the hall (1366×768 and 1920×1080). The city is this class's own copy of 宿迁 (its market,
 * branding and demo gigs), as the pages count and list the jobs near the market. Screenshots in target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class PublicPagesBrowserTests {

    private static String city;

    @BeforeAll
    static void ownCity() {
        city = Cities.copyOf("suqian");
    }

    /** On 发展大道, some 300 m west of 宿迁市零工市场 (发展大道 168 号) — amid the demo's jobs. */
    private static final String PLACE = "lat=33.9615&lon=118.2795";

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 个岗位");
    /** "维修服务 · 短期 · 缺 6 人": the category, then the term. */
    private static final Pattern CARD_CATEGORY = Pattern.compile("(\\S+) · (?:短期|长期)");

    @Test
    void aWorkerOnAPhoneFindsTheNearestJobsFiltersThemAndReadsThemInEnglish() throws Exception {
        WorkerPage.awaitDemoJobs(city, PLACE);
        try (Console phone = WorkerPage.phone()) {
            phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "?" + PLACE + "&mode=EBIKE");
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            phone.screenshot("worker-page-phone");

            assertThat(phone.browser.getTitle()).isEqualTo("附近零工岗位 | 零工归宿");
            assertThat(phone.textOf("brand-name")).isEqualTo("零工归宿");
            assertThat(phone.textOf("hotline")).isEqualTo("服务热线 0527-12333");
            assertThat(phone.textOf("summary")).startsWith("电动车 15 分钟范围内（4.5 公里）");
            assertThat(phone.textOf("degraded")).as("search answered, not the fallback").isEmpty();
            int all = total(phone);
            List<String> cards = cards(phone);
            assertThat(cards).as("jobs near the market").hasSizeGreaterThan(5);
            assertThat(cards.getFirst()).contains("元/", "步行约", "开工", "登录后抢单");
            List<Long> meters = distances(phone);
            assertThat(meters).isSorted().allSatisfy(distance -> assertThat(distance).isLessThanOrEqualTo(4500));
            // The circle and one vector marker per job on a blank map: no tiles needed.
            phone.wait.until(driver -> String.valueOf(cards.size()).equals(phone.byId("map").getDomAttribute("data-pins")));
            assertThat(phone.browser.findElements(By.cssSelector("#map path.map-pin"))).hasSize(cards.size());
            assertThat(phone.browser.findElements(By.cssSelector("#map path.map-centre"))).hasSize(1);
            assertThat(phone.browser.findElements(By.cssSelector("#map img.leaflet-tile-loaded"))).isEmpty();
            phone.script("document.getElementById('jobs').scrollIntoView()");
            phone.screenshot("worker-page-phone-list");

            phone.type("q", "保洁");
            phone.wait.until(driver -> total(phone) < all);
            assertThat(titles(phone)).isNotEmpty().allSatisfy(title -> assertThat(title).contains("保洁"));
            phone.type("q", "");
            phone.wait.until(driver -> total(phone) == all);

            // The nearest job's category: the demo data is random, so a fixed category may have no job in the circle.
            Matcher nearest = CARD_CATEGORY.matcher(cards(phone).getFirst());
            assertThat(nearest.find()).as("a card names its category and term").isTrue();
            String category = nearest.group(1);
            phone.browser.findElement(By.cssSelector("#filters vaadin-details-summary")).click();
            phone.choose("category", category);
            phone.wait.until(driver -> total(phone) > 0 && total(phone) < all);
            assertThat(cards(phone)).isNotEmpty().allSatisfy(card -> assertThat(card).contains(category));
            phone.type("min-wage", "300");
            phone.wait.until(driver -> dayWages(phone).stream().allMatch(yuan -> yuan >= 300));
            assertThat(cards(phone)).allSatisfy(card -> assertThat(card).contains(category));
            phone.screenshot("worker-page-phone-filtered");

            phone.choose("language", "English");
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "jobs within"));
            assertThat(phone.textOf("summary")).contains("jobs within 15 min (E-bike), 4.5 km");
            assertThat(phone.browser.getTitle()).isEqualTo("Jobs nearby | 零工归宿");
            assertThat(phone.text()).contains("Suqian · 15-minute employment circle", "Hotline 0527-12333", "Filters")
                    .doesNotContain("登录后抢单");
            assertThat(cards(phone)).allSatisfy(card -> assertThat(card)
                    .contains("Construction and decoration", "/day", "min on foot", "Sign in to grab"));
            phone.screenshot("worker-page-phone-english");
        }
    }

    @Test
    void grabbingSendsTheWorkerToSignInAndBackThenShowsTheApisAnswer() throws Exception {
        WorkerPage.awaitDemoJobs(city, PLACE);
        try (Console phone = WorkerPage.phone()) {
            phone.browser.get(Platform.adminUiUrl() + "/worker/" + city + "?" + PLACE + "&mode=EBIKE");
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            WorkerPage.grabFirst(phone);

            phone.fillInKeycloak("worker-zhang");
            phone.wait.until(ExpectedConditions.textMatches(By.id("summary"), TOTAL));
            assertThat(phone.browser.getCurrentUrl()).contains("/worker/" + city, "mode=EBIKE");
            assertThat(phone.textOf("summary")).startsWith("电动车 15 分钟");
            String grab = phone.read(driver -> driver.findElements(WorkerPage.GRAB).getFirst().getText());
            assertThat(grab).isEqualTo("抢单");
            WorkerPage.grabFirst(phone);
            // Where the grab endpoint is deployed the worker gets the order; either way the API's answer is shown in
            // Chinese as a notification, never an error page.
            WebElement notice = phone.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-notification-card")));
            String text = String.valueOf(phone.script("return arguments[0].textContent", notice)).strip();
            assertThat(text).isNotBlank().containsPattern("\\p{IsHan}");
            phone.screenshot("worker-page-grab");
        }
    }

    @Test
    void theMarketScreenShowsTheJobsNearItReadablyAndTurnsItsPages() throws Exception {
        long market = marketId("宿迁市零工市场");
        JsonNode near = Http.get(Platform.gatewayUrl() + "/t/" + city + "/api/v1/markets/" + market + "/jobs?size=50",
                null, Map.of()).body();
        assertThat(near.path("hits").size()).as("demo jobs near the market").isGreaterThan(10);

        try (Console hall = Console.device(1366, 768, false)) {
            hall.blockTiles();
            hall.browser.get(Platform.adminUiUrl() + "/screen/" + city + "/" + market);
            hall.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".job-row")));

            assertThat(hall.textOf("market-name")).isEqualTo("宿迁市零工市场");
            assertThat(hall.textOf("brand-name")).isEqualTo("零工归宿");
            assertThat(hall.textOf("opening-hours")).isEqualTo("开放时间：每天 05:30-11:30");
            assertThat(hall.textOf("hotline")).contains("服务热线");
            assertThat(hall.textOf("job-count")).isEqualTo("附近岗位 " + near.path("total").asLong() + " 个");
            assertThat(hall.textOf("clock")).matches("\\d{1,2}月\\d{1,2}日 星期. \\d{2}:\\d{2}");
            List<String> rows = rows(hall);
            hall.screenshot("market-screen-1366x768");
            assertThat(rows).hasSize(10);
            assertThat(rows.getFirst()).startsWith(near.path("hits").get(0).path("title").asString());
            assertThat(rows.getFirst()).contains("元/");
            assertFits(hall);

            // The next page comes by itself (a UI poll every 10 s).
            assertThat(hall.textOf("page-number")).startsWith("第 1/");
            new WebDriverWait(hall.browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("page-number"), "第 2/"));
            assertThat(rows(hall).getFirst()).startsWith(near.path("hits").get(10).path("title").asString());
        }
        try (Console hall = Console.device(1920, 1080, false)) {
            hall.browser.get(Platform.adminUiUrl() + "/screen/" + city + "/" + market);
            hall.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".job-row")));
            hall.screenshot("market-screen-1920x1080");
            assertThat(rows(hall)).hasSize(10);
            assertFits(hall);
        }
    }

    private static long marketId(String name) {
        JsonNode directory = Http.get(Platform.gatewayUrl() + "/t/" + city + "/api/v1/network/directory?size=200", null,
                Map.of()).body();
        for (JsonNode entry : directory.path("items")) {
            if (entry.path("name").asString().equals(name)) {
                return entry.path("id").asLong();
            }
        }
        throw new AssertionError(name + " is not in the directory: " + directory);
    }

    /** The last job row ends above the footer and inside the window: nothing cut off. */
    private static void assertFits(Console hall) {
        Object overflow = hall.script("""
                const rows = [...document.querySelectorAll('.job-row')];
                const footer = document.getElementById('updated').parentElement.getBoundingClientRect();
                const cells = [...document.querySelectorAll('#big-screen span')];
                return {rowsEnd: rows[rows.length - 1].getBoundingClientRect().bottom, footerTop: footer.top,
                        footerEnd: footer.bottom, height: window.innerHeight,
                        widest: Math.max(...cells.map(c => c.getBoundingClientRect().right)), width: window.innerWidth};
                """);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) overflow;
        assertThat(box.get("rowsEnd").doubleValue()).isLessThanOrEqualTo(box.get("footerTop").doubleValue() + 1);
        assertThat(box.get("footerEnd").doubleValue()).isLessThanOrEqualTo(box.get("height").doubleValue() + 1);
        assertThat(box.get("widest").doubleValue()).isLessThanOrEqualTo(box.get("width").doubleValue() + 1);
    }

    private static int total(Console console) {
        Matcher matcher = TOTAL.matcher(console.textOf("summary"));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The texts of the job cards, read afresh (the list re-renders as results arrive). */
    private static List<String> cards(Console console) {
        return texts(console, ".job-card");
    }

    private static List<String> rows(Console console) {
        return texts(console, ".job-row");
    }

    private static List<String> texts(Console console, String selector) {
        return console.read(driver -> driver.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText).toList());
    }

    private static List<String> titles(Console console) {
        return cards(console).stream().map(card -> card.lines().findFirst().orElse("")).toList();
    }

    private static List<Long> distances(Console console) {
        return console.read(driver -> driver.findElements(By.cssSelector(".job-distance")).stream()
                .map(distance -> Long.parseLong(distance.getDomAttribute("data-meters"))).toList());
    }

    /** The wages of jobs paid by the day, in yuan. */
    private static List<Integer> dayWages(Console console) {
        return texts(console, ".job-wage").stream().filter(wage -> wage.endsWith("元/天"))
                .map(wage -> Integer.parseInt(wage.replace("元/天", "").replace(",", "").strip())).toList();
    }
}
