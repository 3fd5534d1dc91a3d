package org.gongwen.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.gongwen.e2e.Suite;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no Selenium Manager download), pointed at
 * the suite's gateway, with the few moves the story needs: sign in as a demo user, wait for what the page
 * shows (reloading where the state arrives by event), and screenshots of each screen.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Dimension WINDOW = new Dimension(1280, 900);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String base;
    private final List<Path> screenshotDirs;
    private final Path profile;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A browser on the e2e suite's gateway, saving screenshots to target/screenshots, and to docs/screenshots (the
     * README's pictures) only when asked with {@code -Dscreenshots.update=true}: a test run must not leave the
     * working tree changed; the calling test class is skipped (not failed) where Debian's chromium and chromedriver
     * are not installed.
     */
    static Browser onSuite() {
        Assumptions.assumeTrue(available(), "no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/run does)");
        Path root = Path.of(System.getProperty("gongwen.repository.root", "..")).toAbsolutePath().normalize();
        List<Path> dirs = Boolean.getBoolean("screenshots.update")
                ? List.of(Path.of("target", "screenshots"), root.resolve("docs").resolve("screenshots"))
                : List.of(Path.of("target", "screenshots"));
        return new Browser(Suite.get().gatewayUrl(), dirs);
    }

    Browser(String base, List<Path> screenshotDirs) {
        this.base = base;
        this.screenshotDirs = screenshotDirs;
        try {
            profile = Files.createTempDirectory("gongwen-chrome");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root; the rest keeps a headless run quiet and offline (infra-notes §5)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WINDOW);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String hash) {
        load(() -> driver.get(base + "/" + hash));
    }

    /**
     * A navigation, once more if the page did not finish loading in time: on a loaded CI machine a page load has
     * been seen to stall in Chromium with the gateway idle; the second load is the user pressing reload.
     */
    private void load(Runnable navigation) {
        try {
            navigation.run();
        } catch (TimeoutException e) {
            navigation.run();
        }
    }

    /** Signs out whoever is signed in (the token lives in sessionStorage) and signs in as username. */
    void signIn(String username, String name) {
        load(() -> driver.get(base + "/"));
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear(); location.hash = '';");
        load(() -> driver.navigate().refresh());
        click(By.id("user-" + username));
        click(By.id("login-submit"));
        await(ExpectedConditions.textMatches(By.id("who"), Pattern.compile("^" + Pattern.quote(name) + " ")));
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(condition, WAIT);
    }

    /**
     * The page redraws a region when an answer arrives, so an element found a moment ago can be gone when the
     * condition reads it: that is "not yet", not a failure — the condition is asked again until the deadline.
     */
    <T> T await(Function<WebDriver, T> condition, Duration deadline) {
        return new WebDriverWait(driver, deadline).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * Waits for an element that appears once another service has handled an event (待办, status, archive):
     * the page shows what the API answers at load, so it is reloaded until the element is there.
     */
    WebElement awaitAfterReload(By by, Duration deadline) {
        return new WebDriverWait(driver, deadline, Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> found = d.findElements(by);
                    if (!found.isEmpty() && found.get(0).isDisplayed()) {
                        return found.get(0);
                    }
                    load(() -> d.navigate().refresh());
                    return null;
                });
    }

    /** The whole page (up to 2400 px tall, at the window's width) as PNG into every screenshot directory, as NN-name.png. */
    void screenshot(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.scrollTo(0, 0)");
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(2400, Math.max(window.height, height + 90))));
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            for (Path dir : screenshotDirs) {
                Files.createDirectories(dir);
                Files.write(dir.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
