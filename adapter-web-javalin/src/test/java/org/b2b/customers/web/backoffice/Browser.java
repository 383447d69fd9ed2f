package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.web.page.HeadlessChromium;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test class, used the way a person uses a page: fields by their label, buttons and
 * links by their text. It checks every screen it is asked to with axe-core, saves a screenshot of each under
 * {@code target/screens/}, and one of the page a failed test ended on under {@code target/failures/}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path TARGET = Path.of("target");

    private final boolean javascript;
    private WebDriver driver;
    private Path profile;

    private Browser(boolean javascript) {
        this.javascript = javascript;
    }

    static Browser withJavaScript() {
        return new Browser(true);
    }

    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Optional<String> skip = HeadlessChromium.skipReason();
        assumeTrue(skip.isEmpty(), skip::orElseThrow);
        profile = Files.createTempDirectory("chromium-profile");
        driver = HeadlessChromium.start(profile, javascript);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            save(TARGET.resolve("failures").resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png"));
        }
    }

    /** Starts afresh: no session, no language chosen. */
    void forgetEverything() {
        driver.manage().deleteAllCookies();
    }

    void open(String url) {
        driver.get(url);
    }

    /** Loads the page again, as the browser's reload button does, and waits for it to be replaced. */
    void reload() {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.navigate().refresh();
        waitForNextPage(before);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    void signIn(String email, String password) {
        type("Email", email);
        type("Password", password);
        press("Log in");
    }

    /** The input, select or textarea a visible label names, the "(optional)" beside it aside. */
    WebElement field(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(text())="
                + literal(label) + " or normalize-space(.)=" + literal(label) + "]"));
        assertThat(labels).as("a field labelled %s on %s", label, url()).isNotEmpty();
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    void type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    String chosen(String label) {
        return new Select(field(label)).getFirstSelectedOption().getText();
    }

    WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
    }

    WebElement link(String text) {
        return driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
    }

    void press(String buttonText) {
        WebElement button = button(buttonText);
        button.click();
        waitForNextPage(button);
    }

    void follow(String linkText) {
        WebElement link = link(linkText);
        link.click();
        waitForNextPage(link);
    }

    /** Clicks an element that leads to another page (a link, a button of a form) and waits for that page. */
    void clickThrough(WebElement element) {
        element.click();
        waitForNextPage(element);
    }

    /** Moves the focus with Tab alone until it reaches the element, as a keyboard user does, then presses Enter. */
    void tabToAndEnter(WebElement target) {
        tabTo(target);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitForNextPage(target);
    }

    /** Presses Tab until the element has the focus; fails if it cannot be reached in 200 steps. */
    void tabTo(WebElement target) {
        for (int i = 0; i < 200; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target + " on " + url());
    }

    /** Types into the field with the keyboard alone: Tab to it, then type. */
    void tabToAndType(String label, String text) {
        WebElement field = field(label);
        tabTo(field);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
    }

    /** Makes the page's viewport this many CSS pixels wide and high, as a phone or a 400 % zoom has it. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.innerWidth"))
                .as("the viewport's width").isEqualTo((long) width);
    }

    /** Whether the page is wider than its window, so that reading it needs scrolling sideways too. */
    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String html() {
        return driver.getPageSource();
    }

    List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".error-summary li")).stream().map(WebElement::getText).toList();
    }

    Optional<String> banner() {
        return driver.findElements(By.cssSelector("[role=status]")).stream().map(WebElement::getText).findFirst();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    WebDriver driver() {
        return driver;
    }

    /** Checks the page with axe-core against WCAG 2.2 A and AA, and keeps a screenshot of it by this name. */
    void checkScreen(String name) {
        assertThat(javascript).as("axe-core runs as a script in the page").isTrue();
        save(TARGET.resolve("screens").resolve(name + ".png"));
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe-core on %s (%s): %s", name, url(),
                describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page an element was on is gone once the element is: the next one has replaced it. While the page is being
     * replaced, chromedriver may answer that the element's node "does not belong to the document" rather than that
     * it is stale; that is the navigation under way, so the wait asks again.
     */
    private void waitForNextPage(WebElement onThePageBefore) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(onThePageBefore));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
