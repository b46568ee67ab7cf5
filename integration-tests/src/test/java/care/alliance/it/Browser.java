package care.alliance.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own ChromeDriver, with a fresh profile each time, so
 * nothing is downloaded and no session carries over between tests.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory(TestSettings.output(), "chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-US");
        // the console's messages, where Chromium reports what a Content-Security-Policy refused
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Browser() {
        this(1280, 900);
    }

    /** What a phone of today shows: 390 CSS pixels wide. */
    static Browser phone() {
        return new Browser(390, 844);
    }

    /** The layout viewport's width in CSS pixels, as the page's own scripts see it. */
    long innerWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /** How wide the page is laid out; wider than the viewport means sideways scrolling. */
    long scrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    void open(String url) {
        driver.get(url);
    }

    /** Fills in Keycloak's own login form, which the browser must be showing. */
    void signInOnKeycloak(String username, String password) {
        WebElement user;
        try {
            // Keycloak's first page after its start can take a while on a busy two-core machine.
            user = new WebDriverWait(driver, Duration.ofSeconds(90))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected Keycloak's login form, but the browser shows " + driver.getCurrentUrl()
                    + " titled \"" + driver.getTitle() + "\"; see " + screenshot("no-login-form"), e);
        }
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForTitle(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains(fragment));
    }

    List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).map(String::strip).toList();
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Clicks what submits a form and waits until the page it was on has been replaced. */
    void clickAndWaitForTheNextPage(By locator) {
        WebElement clicked = waitFor(locator);
        clicked.click();
        waitUntilGone(clicked);
    }

    /** Waits until the element has left the page, as it does when the next page replaces it. */
    void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> isGone(element));
    }

    /**
     * Whether the element left the page. Chromium's driver says so in two ways: a stale element, or,
     * when asked while the next page replaces the document, "node does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException asked) {
            if (String.valueOf(asked.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw asked;
        }
    }

    /** Waits until the element shows this text, across a page that is still being replaced. */
    void waitForText(By locator, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(locator, expected));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * What the console said since it was last asked, the Content-Security-Policy's refusals
     * ("Refused to execute inline script…") among it.
     */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /**
     * From now on, until the page is left, each violation of the page's Content-Security-Policy is
     * kept in the page ({@link #policyViolations}), including those an ajax update causes.
     */
    void watchForPolicyViolations() {
        driver.executeScript("window.allianceViolations = window.allianceViolations || [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + " window.allianceViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });");
    }

    @SuppressWarnings("unchecked")
    List<String> policyViolations() {
        Object seen = driver.executeScript("return window.allianceViolations || []");
        return ((List<Object>) seen).stream().map(String::valueOf).toList();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/NAME.png, for people to look at. */
    Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(TestSettings.output().resolve("screenshots"));
            Path file = folder.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
