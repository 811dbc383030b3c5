package org.demandatlas.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutesTest {
    @Test
    void everyRouteIsReadBackAsItself() {
        Map<String, String> routes = Map.ofEntries(Map.entry(Routes.HOME, "home"),
                Map.entry(Routes.state("CT"), "state"), Map.entry(Routes.jurisdiction("ct/hartford"), "jurisdiction"),
                Map.entry(Routes.output(Routes.jurisdiction("ct/hartford"), OutputFormat.JSON), "jurisdiction-json"),
                Map.entry(Routes.document("ct-press-release"), "document"), Map.entry(Routes.TACTICS, "tactics"),
                Map.entry(Routes.tactic("web-stings"), "tactic"), Map.entry(Routes.partner("aids-project"), "partner"),
                Map.entry(Routes.page(Routes.SOURCES, 3), "sources"),
                Map.entry(Routes.page(Routes.SOURCES, 2), "sources"), Map.entry(Routes.QUALITY, "quality"),
                Map.entry(Routes.legacyProfile("windsor-locks", "CT"), "legacy-profile"),
                Map.entry(Routes.searchShard("dict-0001"), "search-shard"),
                Map.entry(DataFile.QUALITY_JSON.path(), "data-file"), Map.entry(Routes.NOT_FOUND, "not-found"),
                Map.entry(Routes.SEARCH_ENGINE_SCRIPT, "asset"), Map.entry("/sitemap-2.xml", "sitemap"),
                Map.entry(Routes.ABOUT, "about"), Map.entry(Routes.section("compare"), "compare"),
                Map.entry(Routes.compareState("CT"), "compare-state"), Map.entry(Routes.compareShard("ct"),
                        "compare-shard"), Map.entry(Routes.EXPLORE_DATA, "explore-data"),
                Map.entry(Routes.EXPLORE, "explore"), Map.entry(Routes.COMPARE_SCRIPT, "asset"),
                Map.entry(Routes.output(Routes.tactic("web-stings"), OutputFormat.JSON), "tactic-json"));
        routes.forEach((path, route) -> assertEquals(Optional.of(route), RouteMatcher.routeOf(path), path));
    }

    /** A top-level page of its own is named after its folder: a new page type there needs no route entry. */
    @Test
    void pathsNoRouteMakesAreNotRoutes() {
        for (String path : new String[] {"/ct/hartford", "/tactics/Web-Stings/", "/documents/", "/assets/x.js",
            "/sources/page-0/", "/site/", "/data/", "/../etc/", "/ct/hartford/index.html", "/Compare/",
            "/ct/hartford/index.xml", "/tactics/index.json/"}) {
            assertEquals(Optional.empty(), RouteMatcher.routeOf(path), path);
        }
    }

    @Test
    void filesAndSitePathsMapBothWays() {
        assertEquals("ct/hartford/index.html", Routes.file("/ct/hartford/"));
        assertEquals("index.html", Routes.file(Routes.HOME));
        assertEquals("data/all.json", DataFile.ALL_JSON.file());
        assertEquals("/ct/hartford/", Routes.sitePath("ct/hartford/index.html"));
        assertEquals("/", Routes.sitePath("index.html"));
        assertEquals("/build-report.html", Routes.sitePath("build-report.html"));
        assertEquals("/ct/hartford/#source-3", Routes.anchored("/ct/hartford/", Anchors.citation(3)));
    }

    @Test
    void aPathCannotLeaveTheSiteFolder() {
        assertThrows(IllegalArgumentException.class, () -> Routes.file("/../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> Routes.jurisdiction("ct/../x"));
        assertThrows(IllegalArgumentException.class, () -> Routes.document("a/b"));
        assertThrows(IllegalArgumentException.class, () -> Routes.anchored("/#x", "y"));
        assertThrows(IllegalArgumentException.class, () -> Routes.section("ct"));
        assertThrows(IllegalArgumentException.class, () -> Routes.section("a/b"));
    }
}
