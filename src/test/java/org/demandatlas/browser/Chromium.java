package org.demandatlas.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless chromium through Debian's chromedriver, with explicit paths so that Selenium Manager
 * never downloads anything. Without the browser the tests skip with one line, except in CI ({@code CI=true}) where
 * they fail.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    static void requireInstalled() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "browser tests need " + BROWSER + " and " + DRIVER + " (" + INSTALL + ")";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(present, "skipped: " + message);
    }

    static ChromeDriver start() {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + tempProfile()));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("atlas-chromium-").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
