package org.b2b.customers.web.page;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver named explicitly, so that Selenium Manager never
 * tries to download a driver. Where they are not installed the browser suites are skipped with a message saying
 * so, unless CI ({@code CI=true}) demands them: then they fail.
 */
public final class HeadlessChromium {

    private static final String BROWSER = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    /** Why the browser suites are skipped, or empty when Chromium is there; fails when it is required and missing. */
    public static Optional<String> skipReason() {
        if (Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER))) {
            return Optional.empty();
        }
        String reason = "no " + BROWSER + " and " + DRIVER + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is required here (CI=true) but there is " + reason);
        }
        System.err.println("*** The browser suite is SKIPPED: " + reason);
        return Optional.of("browser suite skipped: " + reason);
    }

    /** A new browser with an empty profile in the given directory. */
    public static WebDriver start(Path profile) {
        return start(profile, true);
    }

    /**
     * A new browser with an empty profile, with JavaScript on or off (as a visitor who switched it off has it),
     * its window as wide as a laptop's.
     */
    public static WebDriver start(Path profile, boolean javascript) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return new ChromeDriver(service, options);
    }
}
