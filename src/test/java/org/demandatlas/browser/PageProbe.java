package org.demandatlas.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opens pages at a given viewport and media and reports what a quality gate needs to know about them. */
final class PageProbe {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Path SCREENSHOTS = Path.of(System.getProperty("atlas.basedir", "."), "target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChromeDriver driver;

    PageProbe(ChromeDriver driver) {
        this.driver = driver;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} in a {@code width}-px wide viewport for {@code media} ("screen" or "print"). */
    void open(String url, int width, String media) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        drainLogs();
        driver.get(url);
        settle();
    }

    /**
     * Waits (at most 5 s) until the page is loaded and stays where it is for 200 ms: a page that sends the reader on
     * (the legacy addresses' refresh) is probed where it lands, not half-way.
     */
    private void settle() {
        String last = null;
        for (int attempt = 0; attempt < 25; attempt++) {
            String now = driver.getCurrentUrl() + " " + driver.executeScript("return document.readyState;");
            if (now.equals(last) && now.endsWith(" complete")) {
                return;
            }
            last = now;
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> violations.add(rule.getId() + " at " + node.getTarget()
                    + ": " + node.getFailureSummary()));
        }
        return violations;
    }

    /** SEVERE console messages, which include Content-Security-Policy violations and script errors. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Requests that failed or answered 4xx/5xx, except {@code allowedStatus} for the page itself. */
    List<String> failedRequests(int allowedStatus) {
        List<String> failures = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            if (method.equals("Network.loadingFailed") && !params.path("canceled").asBoolean(false)) {
                failures.add("failed: " + params.path("errorText").asString(""));
            } else if (method.equals("Network.responseReceived")) {
                int status = params.path("response").path("status").asInt(0);
                if (status >= 400 && status != allowedStatus) {
                    failures.add(status + " " + params.path("response").path("url").asString(""));
                }
            }
        }
        return failures;
    }

    boolean scrollsHorizontally() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }
}
