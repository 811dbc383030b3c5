package org.demandatlas.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route table read backwards: which route a site path is ({@code /ct/hartford/} is a {@code jurisdiction},
 * {@code /search/dict-0001.js} a {@code search-shard}). The link checks use it to hold every link the site emits
 * to the table; a path no route makes is {@link Optional#empty()}.
 */
public final class RouteMatcher {
    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final String STATE = "[a-z]{2}";
    private static final String PAGED = "(?:" + Routes.PAGE + "[1-9][0-9]*/)?";
    /** A page of its own at the top level ({@code /about/}, {@code /quality/}): the route is named after it. */
    private static final Pattern SECTION = Pattern.compile("/(" + SLUG + ")/");
    /** Top-level folders that hold pages or files but are no page themselves. */
    private static final Set<String> FOLDERS = Set.of(Routes.DOCUMENTS, Routes.LEGACY, "/data/", "/assets/", Routes.RELEASES);
    private static final List<Map.Entry<String, Pattern>> ROUTES = routes();

    private RouteMatcher() {
    }

    /**
     * The name of the route that makes {@code sitePath} (no query, no fragment); a top-level page of its own is
     * named after its folder ({@code /quality/} is {@code quality}), so a new one needs no entry here. A page in
     * another output format is its page's route and the format: {@code /ct/hartford/index.json} is
     * {@code jurisdiction-json}.
     */
    public static Optional<String> routeOf(String sitePath) {
        for (OutputFormat format : OutputFormat.values()) {
            if (format != OutputFormat.HTML && sitePath.endsWith("/" + format.fileName())) {
                return pageRouteOf(sitePath.substring(0, sitePath.length() - format.fileName().length()))
                        .map(route -> route + "-" + format.id());
            }
        }
        return pageRouteOf(sitePath);
    }

    private static Optional<String> pageRouteOf(String sitePath) {
        Optional<String> route = ROUTES.stream().filter(r -> r.getValue().matcher(sitePath).matches())
                .map(Map.Entry::getKey).findFirst();
        Matcher section = SECTION.matcher(sitePath);
        return route.isPresent() || FOLDERS.contains(sitePath) || !section.matches() ? route
                : Optional.of(section.group(1));
    }

    private static List<Map.Entry<String, Pattern>> routes() {
        List<Map.Entry<String, Pattern>> routes = new ArrayList<>();
        exact(routes, "home", Routes.HOME);
        exact(routes, "build-report", Routes.BUILD_REPORT);
        exact(routes, "build-report-json", Routes.BUILD_REPORT_JSON);
        exact(routes, "not-found", Routes.NOT_FOUND);
        exact(routes, "robots", Routes.ROBOTS);
        for (String asset : List.of(Routes.STYLE, Routes.BASE_STYLE, Routes.FAVICON_SVG, Routes.FAVICON_ICO,
                Routes.SEARCH_PASSAGES_SCRIPT, Routes.SEARCH_FACETS_SCRIPT, Routes.SEARCH_ENGINE_SCRIPT,
                Routes.SEARCH_PAGE_SCRIPT, Routes.COMPARE_SCRIPT, Routes.EXPLORE_SCRIPT, Routes.COPY_SCRIPT)) {
            exact(routes, "asset", asset);
        }
        for (DataFile file : DataFile.values()) {
            exact(routes, "data-file", file.path());
        }
        pattern(routes, "sitemap", "/sitemap(?:-[1-9][0-9]*)?\\.xml");
        pattern(routes, "tactic", Routes.TACTICS + SLUG + "/");
        pattern(routes, "partner", Routes.PARTNERS + SLUG + "/");
        pattern(routes, "sources", Routes.SOURCES + PAGED);
        pattern(routes, "quality", Routes.QUALITY + PAGED);
        pattern(routes, "document", Routes.DOCUMENTS + SLUG + "/");
        pattern(routes, "legacy-profile", Routes.LEGACY + SLUG + "/");
        exact(routes, "explore-data", Routes.EXPLORE_DATA);
        pattern(routes, "compare-state", Routes.COMPARE + STATE + "/");
        pattern(routes, "compare-shard", Routes.COMPARE + STATE + "\\.js");
        pattern(routes, "search-shard", Routes.SEARCH_DATA + SLUG + "\\.js");
        pattern(routes, "state", "/" + STATE + "/");
        pattern(routes, "jurisdiction", "/" + STATE + "/" + SLUG + "/");
        pattern(routes, "as-of", "/" + STATE + "/" + SLUG + "/" + Routes.AS_OF + SLUG + "/");
        exact(routes, "codebook", Routes.CODEBOOK);
        pattern(routes, "release-data", Routes.RELEASES + SLUG + "/all\\.json\\.gz");
        return List.copyOf(routes);
    }

    private static void exact(List<Map.Entry<String, Pattern>> routes, String name, String path) {
        routes.add(Map.entry(name, Pattern.compile(Pattern.quote(path))));
    }

    private static void pattern(List<Map.Entry<String, Pattern>> routes, String name, String regex) {
        routes.add(Map.entry(name, Pattern.compile(regex)));
    }
}
