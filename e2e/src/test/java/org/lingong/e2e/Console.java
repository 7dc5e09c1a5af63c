package org.lingong.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the admin console: signs in through Keycloak, opens pages, reads and fills Vaadin components. Vaadin
 * re-renders grids, charts and lists as data arrives, so an element found a moment ago may be gone: every wait finds
 * its elements afresh and tries again when one went stale, and reads go through {@link #textOf} and {@link #read}.
 */
final class Console implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;

    private Console(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Signs in at 1366×768 (password {@code demo}, as every demo login) and waits for the start page. */
    static Console signIn(String username) {
        Console console = new Console(Browser.open(1366, 768));
        try {
            console.browser.get(Platform.adminUiUrl() + "/");
            console.fillInKeycloak(username);
            console.waitForText("退出登录");
            return console;
        } catch (RuntimeException e) {
            console.close();
            throw e;
        }
    }

    /** A visitor of the public pages, not signed in, with a window of this size. */
    static Console visit(int width, int height) {
        return new Console(Browser.open(width, height));
    }

    /**
     * A visitor on a device with exactly this viewport (the window of a headless browser is taller than its page): a
     * phone ({@code mobile}) or a screen.
     */
    static Console device(int width, int height, boolean mobile) {
        Console console = visit(width, height);
        ((HasCdp) console.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return console;
    }

    /** No tile server is reachable, as in an offline hall or test machine. */
    void blockTiles() {
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*tile*", "*autonavi*", "*tianditu*")));
    }

    /** Signs in on Keycloak's login page, where the browser has been sent, as a demo login (password {@code demo}). */
    void fillInKeycloak(String username) {
        fillInKeycloak(username, "demo");
    }

    void fillInKeycloak(String username, String password) {
        // A worker's or employer's page offers the phone and code first; demo logins take the password form from it.
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("username")),
                ExpectedConditions.visibilityOfElementLocated(By.id("use-password"))));
        if (browser.findElements(By.id("username")).isEmpty()) {
            browser.findElement(By.id("use-password")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    void open(String path, String expectedText) {
        browser.get(Platform.adminUiUrl() + path);
        waitForText(expectedText);
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    String text() {
        return textOf(By.tagName("body"));
    }

    /** The visible text of the element with this id, found afresh (again if it was re-rendered while read). */
    String textOf(String id) {
        return textOf(By.id(id));
    }

    private String textOf(By locator) {
        return read(driver -> driver.findElement(locator).getText());
    }

    /** Reads something off the page, trying again while what it reads is being re-rendered. */
    <T> T read(Function<WebDriver, T> reading) {
        return wait.until(reading);
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Types into a Vaadin text field (its input is in the light DOM) and leaves it, so the value is sent. */
    void type(String fieldId, String value) {
        WebElement input = show(fieldId).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(value);
        // ChromeDriver's clear() fires no input event, so a field emptied that way would keep its old value; a person
        // deleting the text fires one.
        script("arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    /** Clicks as a person would: after scrolling the element into the middle of the view. */
    void click(String id) {
        WebElement element = show(id);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Taps an element found afresh (again if it re-rendered in between), scrolled into the middle first. */
    void tap(String css) {
        wait.until(driver -> {
            WebElement element = driver.findElement(By.cssSelector(css));
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            return ExpectedConditions.elementToBeClickable(element).apply(driver) != null && click(element);
        });
    }

    /** A passing notification may lie over the element for a moment: then it is tapped again. */
    private static boolean click(WebElement element) {
        try {
            element.click();
            return true;
        } catch (ElementClickInterceptedException covered) {
            return false;
        }
    }

    /**
     * Picks {@code label} in a Vaadin select and waits until the select shows it. The item is tapped by script: the
     * overlay opens with an animation, and a long list opens past the bottom of a phone's screen, where a person
     * scrolls the list and WebDriver cannot click.
     */
    void choose(String selectId, String label) {
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        // One loop, not three waits: a click that lands while the view re-renders leaves the overlay shut, so it is
        // opened again until the select shows the label with its overlay closed.
        wait.until(driver -> {
            WebElement select = byId(selectId);
            boolean opened = Boolean.TRUE.equals(script("return arguments[0].opened === true", select));
            // The value button alone: the field's label and an open overlay's items are text of the select too.
            Object shown = script("const b = arguments[0].querySelector('vaadin-select-value-button');"
                    + " return b ? b.textContent.trim() : ''", select);
            if (String.valueOf(shown).contains(label)) {
                if (opened) {
                    script("arguments[0].opened = false", select);
                }
                return !opened;
            }
            if (!opened) {
                script("arguments[0].scrollIntoView({block: 'center'})", select);
                click(select);
                return false;
            }
            driver.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(candidate ->
                    script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", candidate));
            return false;
        });
    }

    /** Scrolls an element into the middle of the view (the layout's content area scrolls, not the page). */
    WebElement show(String id) {
        WebElement element = byId(id);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /**
     * Clicks the row of a grid showing {@code text} until the grid has a row selected: a grid that re-reads its items
     * may replace a cell between finding and clicking it.
     */
    void pick(String gridId, String text) {
        wait.until(driver -> {
            WebElement cell = driver.findElement(By.xpath("//vaadin-grid[@id='" + gridId
                    + "']/vaadin-grid-cell-content[contains(., '" + text + "')]"));
            script("arguments[0].scrollIntoView({block: 'center'})", cell);
            cell.click();
            return hasSelection(gridId);
        });
    }

    boolean hasSelection(String gridId) {
        return (Boolean) script("return arguments[0].selectedItems.length === 1", byId(gridId));
    }

    /** The text of the grid row with a cell containing {@code text}, its cells joined by spaces. */
    String gridRow(String gridId, String text) {
        return (String) script("""
                const grid = document.getElementById(arguments[0]);
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const columns = grid.querySelectorAll('vaadin-grid-column').length;
                const index = cells.findIndex(cell => cell.textContent.includes(arguments[1]));
                const first = index - index % columns;
                return cells.slice(first, first + columns).map(cell => cell.textContent.trim()).join(' ');
                """, gridId, text);
    }

    /** A Vaadin field's state as the user sees it: invalid, and the message under it. */
    String errorMessage(String fieldId) {
        wait.until(driver -> byId(fieldId).getDomAttribute("invalid") != null);
        return (String) script("return arguments[0].errorMessage", byId(fieldId));
    }

    /** The words an ECharts chart drew (labels, values, target lines), once it has drawn them. */
    String chartText(String chartSelector) {
        By texts = By.cssSelector(chartSelector + " svg text");
        wait.until(ExpectedConditions.presenceOfElementLocated(texts));
        return read(driver -> String.join(" ", driver.findElements(texts).stream()
                .map(text -> text.getDomProperty("textContent")).toList()));
    }

    /** An ECharts chart's option as ECharts holds it, e.g. {@code series[1].data.length}. */
    Object chartOption(String chartSelector, String expression) {
        return script("return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption()." + expression,
                chartSelector);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    void screenshot(String name) throws Exception {
        // A picture for people to look at, not a condition: let charts and grids finish their layout first.
        Thread.sleep(500);
        Browser.screenshot(browser, name);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
