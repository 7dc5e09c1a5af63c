package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page still works under its Content-Security-Policy (issue 13, item 1): each role walks its whole menu in one
 * document, as people do (the policy of the page a tab started on governs all it navigates to), and each page is
 * waited on until its grids, charts and maps are drawn; the browser must report no violation. The branding editor
 * starts a document of its own, which admits the images its preview is typed; the public pages get theirs.
 */
@ExtendWith(RunningPlatform.class)
class ContentSecurityPolicyBrowserTests {

    @Test
    void aCityAdminsWholeConsoleRunsUnderItsPolicy() {
        walk("suqian-admin");
    }

    @Test
    void thePlatformsAndTheProvincesConsolesRunUnderTheirPolicies() {
        walk("platform-admin");
        walk("jiangsu-admin");
    }

    @Test
    void thePublicPagesRunUnderTheirPolicies() {
        long market = Http.get(Platform.gatewayUrl() + "/t/suqian/api/v1/network/directory?size=200", null, Map.of())
                .body().path("items").valueStream().filter(item -> item.path("kind").asString().equals("MARKET"))
                .findFirst().map(item -> item.path("id").asLong()).orElseThrow();
        try (Console visitor = Console.visit(390, 844)) {
            blockTiles(visitor);
            PolicyViolations.watch(visitor);
            visitor.browser.get(Platform.adminUiUrl() + "/worker/suqian?lat=33.9615&lon=118.2795&mode=EBIKE");
            visitor.wait.until(driver -> visitor.byId("map").getDomAttribute("data-pins") != null);
            visitor.choose("language", "English");
            visitor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "jobs within"));
            awaitDrawn(visitor);
            assertThat(PolicyViolations.of(visitor)).as("violations on the worker page").isEmpty();

            visitor.browser.get(Platform.adminUiUrl() + "/screen/suqian/" + market);
            visitor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".job-row")));
            awaitDrawn(visitor);
            assertThat(PolicyViolations.of(visitor)).as("violations on the market screen").isEmpty();
        }
    }

    /** Signs in, then opens every menu entry in turn in the same document, branding last (it reloads). */
    private static void walk(String username) {
        try (Console console = Console.signIn(username)) {
            blockTiles(console);
            PolicyViolations.watch(console);
            console.open("/", "退出登录");
            List<String> paths = new ArrayList<>(console.browser.findElements(By.cssSelector("vaadin-side-nav-item"))
                    .stream().map(item -> item.getDomAttribute("path").replaceFirst("^/", "")).toList());
            assertThat(paths).as(username + "'s menu").hasSizeGreaterThan(1);
            boolean branding = paths.remove("city/branding");
            for (String path : paths) {
                navigate(console, path);
                if (path.equals("city/network")) {
                    // A dialog too: its overlay is drawn outside the page's own layout.
                    console.click("new-carrier");
                    WebElement dialog = console.wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("vaadin-dialog-overlay, vaadin-dialog")));
                    dialog.sendKeys(Keys.ESCAPE);
                }
                assertThat(PolicyViolations.of(console)).as("violations up to /" + path).isEmpty();
            }
            if (branding) {
                navigate(console, "city/branding");
                // The editor's page admits any https image: entered from the menu, it loads itself anew.
                console.wait.until(driver -> "any".equals(console.script(
                        "return document.querySelector('meta[name=lingong-images]').content")));
                console.wait.until(driver -> console.byId("tile-preview").getDomAttribute("data-tiles") != null);
                awaitDrawn(console);
                assertThat(PolicyViolations.of(console)).as("violations on the branding editor").isEmpty();
            }
        }
    }

    private static void navigate(Console console, String path) {
        WebElement item = console.browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(entry -> entry.getDomAttribute("path").replaceFirst("^/", "").equals(path)).findFirst()
                .orElseThrow();
        console.script("arguments[0].shadowRoot.querySelector('a').click()", item);
        new WebDriverWait(console.browser, Duration.ofSeconds(60)).withMessage(() -> "opening /" + path + ", at " + console.browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().replaceFirst("\\?.*", "").equals(Platform.adminUiUrl() + "/" + path));
        awaitDrawn(console);
    }

    /** Vaadin has answered, grids have their rows, charts and maps are drawn. */
    private static void awaitDrawn(Console console) {
        new WebDriverWait(console.browser, Duration.ofSeconds(60)).withMessage(() -> "still drawing at " + console.browser.getCurrentUrl() + ": " + pending(console))
                .until(driver -> pending(console).isEmpty());
    }

    /** What the page is still busy with, by name; empty once it is drawn. */
    private static String pending(Console console) {
        return String.valueOf(console.script("""
                const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
                return [clients.length === 0 || clients.some(client => client.isActive()) ? 'vaadin' : '',
                    ...[...document.querySelectorAll('vaadin-grid')].filter(grid => grid.loading).map(grid => 'grid#' + grid.id),
                    ...[...document.querySelectorAll('.echart')].filter(chart => !chart.querySelector('svg text'))
                        .map(chart => 'chart'),
                    ...[...document.querySelectorAll('.leaflet-map')].filter(map => !map.dataset.tiles)
                        .map(map => 'map#' + map.id)].filter(busy => busy).join(' ');
                """));
    }

    private static void blockTiles(Console console) {
        HasCdp cdp = (HasCdp) console.browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*tile*")));
    }
}
