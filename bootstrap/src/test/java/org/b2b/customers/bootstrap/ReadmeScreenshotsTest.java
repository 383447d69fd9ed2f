package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.b2b.customers.web.page.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's screenshots: the started server with its demo data, the Back Office in Chromium as the first
 * administrator, three screens written to {@code target/readme-screens/}. The README says how to copy them over the
 * ones it shows; here they are checked to show what they should, at a size a README can carry.
 */
class ReadmeScreenshotsTest {

    private static final String ADMIN_EMAIL = "owner@seller.example";
    private static final String ADMIN_PASSWORD = "the owner's long password";
    private static final Path SCREENS = Path.of("target", "readme-screens");
    private static final long MAX_BYTES = 200_000;

    @TempDir
    Path data;

    @Test
    void the_back_office_on_demo_data_in_three_screens() throws Exception {
        assumeTrue(HeadlessChromium.skipReason().isEmpty());
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("customers")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", ADMIN_EMAIL,
                "CM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "CM_DEMO_DATA", "true"));
        Files.createDirectories(SCREENS);
        try (Server server = Server.start(configuration, data.resolve("registration.key"))) {
            String site = "http://127.0.0.1:" + server.port();
            String company = companyWithAContactPerson(site);
            WebDriver browser = HeadlessChromium.start(data.resolve("profile"));
            try {
                browser.manage().window().setSize(new Dimension(1200, 900));
                browser.get(site + "/login");
                browser.findElement(By.id("email")).sendKeys(ADMIN_EMAIL);
                browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
                browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(driver -> !driver.getCurrentUrl().contains("/login"));

                shoot(browser, site + "/companies?sort=-updated", "companies.png", "Companies");
                shoot(browser, site + "/companies/" + company, "company-summary.png", "Summary");
                shoot(browser, site + "/companies/" + company + "/members", "company-members.png", "Members");
            } finally {
                browser.quit();
            }
        }
    }

    /** A company of the demo data that has a contact person, so that its profile shows every part. */
    private static String companyWithAContactPerson(String site) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(site + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        String bearer = json.readTree(token.body()).get("token").asText();
        HttpResponse<String> companies = http.send(HttpRequest.newBuilder(
                URI.create(site + "/api/v1/companies?limit=200")).header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        return StreamSupport.stream(json.readTree(companies.body()).get("items").spliterator(), false)
                .filter(company -> !company.get("contactPersonMemberId").isNull())
                .map(company -> company.get("id").asText())
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has no company with a contact person"));
    }

    private static void shoot(WebDriver browser, String url, String file, String expected) throws IOException {
        browser.get(url);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(url).contains(expected);
        Path screen = SCREENS.resolve(file);
        Files.write(screen, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screen)).as(file + " kept small for the README").isLessThanOrEqualTo(MAX_BYTES);
    }
}
