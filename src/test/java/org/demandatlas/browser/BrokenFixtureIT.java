package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the gates bite: a deliberately broken page (an unlabelled input, an inline script, a broken link),
 * served by the project's own server with its strict CSP, fails each check the page-type suite applies.
 */
class BrokenFixtureIT {
    private static final Path FIXTURE = Path.of(System.getProperty("atlas.basedir", "."),
            "src/test/resources/browser-fixtures/broken");
    private static PageProbe probe;
    private static AtlasSite site;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        site = AtlasSite.serving(FIXTURE.toAbsolutePath());
        probe = new PageProbe(Chromium.start());
        probe.open(site.url("/"), 1280, "screen");
    }

    @AfterAll
    static void stop() {
        if (probe != null) {
            probe.driver().quit();
        }
        if (site != null) {
            site.stop();
        }
    }

    @Test
    void missingLabelIsAnAccessibilityViolation() {
        List<String> violations = probe.accessibilityViolations();
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("label ")), violations.toString());
    }

    @Test
    void inlineScriptIsBlockedAndReportedAsConsoleError() {
        List<String> errors = probe.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), errors.toString());
        assertTrue(probe.driver().getTitle().equals("Deliberately broken page"), "inline script must not run");
    }

    @Test
    void brokenLinkIsFound() {
        List<String> broken = LinkCheck.brokenLinks(probe.driver(), site.url(""));
        assertTrue(broken.stream().anyMatch(b -> b.startsWith("404 ") && b.endsWith("/missing.html")),
                broken.toString());
    }
}
