package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.export.ReleaseArchive;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.render.SiteRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages that stand for every type of the page registry ({@code SiteRenderer.examples}: every type, and for
 * some several — curated and not curated profiles, each kind of document), at 1280 and
 * 390 px, in screen and print media: zero axe WCAG 2.x A/AA violations, zero console errors (which include CSP
 * violations), zero failed requests, zero broken links, no horizontal scrolling at 360 px, and a screenshot of each
 * for people to look at. A new page type is covered without an edit here.
 */
class PageTypesIT extends SeedsSiteBrowserTest {
    /** What the search page is asked; the not-found page is served for a path that does not exist. */
    private static final Map<String, String> QUERIES = Map.of("search", "?q=reverse+stings");
    private static final String MISSING = "/no/such/page/";

    static Stream<Arguments> pages() {
        AtlasPipeline.Result seeds = TestAtlas.seeds();
        BuildSummary summary = BuildSummary.of(0, List.of(), seeds.atlas().documents()); // the jar's build has one
        ReleaseHistory history;
        try {
            history = ReleaseArchive.history(ReleaseArchive.read(AtlasSite.seeds().root()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SiteRenderer.examples(seeds.atlas(), seeds.quality(), summary, history).stream().map(e -> Arguments.of(e.name(),
                e.status() == 404 ? MISSING : e.path() + QUERIES.getOrDefault(e.type(), ""), e.status()));
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
