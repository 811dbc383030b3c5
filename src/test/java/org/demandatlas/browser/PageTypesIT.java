package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page of every type, at 1280 and 390 px, in screen and print media: zero axe WCAG 2.x A/AA violations, zero
 * console errors (which include CSP violations), zero failed requests, zero broken links, no horizontal scrolling
 * at 360 px, and a screenshot of each for people to look at.
 */
class PageTypesIT extends SeedsSiteBrowserTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("home", "/", 200),
                Arguments.of("state", "/ct/", 200),
                Arguments.of("jurisdiction-curated", "/ct/waterbury/", 200),
                Arguments.of("jurisdiction-not-curated", "/ct/west-hartford/", 200),
                Arguments.of("tactic", "/tactics/reverse-stings/", 200),
                Arguments.of("tactics-index", "/tactics/", 200),
                Arguments.of("partner", "/partners/hartford-police-department/", 200),
                Arguments.of("partners-index", "/partners/", 200),
                Arguments.of("sources", "/sources/", 200),
                Arguments.of("document", "/documents/ct-press-release/", 200),
                Arguments.of("about", "/about/", 200),
                Arguments.of("search-results", "/search/?q=reverse+stings", 200),
                Arguments.of("not-found", "/no/such/page/", 404));
    }

    @ParameterizedTest(name = "{0} at 1280 and 390 px, screen and print")
    @MethodSource("pages")
    void isAccessibleInEveryViewportAndMedia(String name, String path, int status) {
        for (int width : List.of(1280, 390)) {
            for (String media : List.of("screen", "print")) {
                probe.open(site.url(path), width, media);
                assertEquals(List.of(), probe.accessibilityViolations(), name + " " + width + "px " + media);
                if (media.equals("screen")) {
                    probe.screenshot(name + "-" + width);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} has no console errors, failed requests or broken links")
    @MethodSource("pages")
    void loadsCleanly(String name, String path, int status) {
        probe.open(site.url(path), 1280, "screen");
        List<String> console = probe.consoleErrors().stream()
                .filter(error -> status == 200 || !error.startsWith(site.url(path) + " - Failed to load resource"))
                .toList();
        assertEquals(List.of(), console, name + " console");
        assertEquals(List.of(), probe.failedRequests(status), name + " requests");
        assertEquals(List.of(), LinkCheck.brokenLinks(probe.driver(), site.url("")), name + " links");
    }

    @ParameterizedTest(name = "{0} does not scroll sideways at 360 px")
    @MethodSource("pages")
    void fitsAPhone(String name, String path, int status) {
        probe.open(site.url(path), 360, "screen");
        assertFalse(probe.scrollsHorizontally(), name + " scrolls horizontally at 360 px");
    }
}
