package org.demandatlas.routes;

import java.util.Locale;
import org.demandatlas.model.Slugs;

/**
 * The one route table: the site path of every page, data file and asset, and the anchors inside pages (as Hugo
 * keeps target paths in one place). Every stage asks here; none spells a path. A site path starts with {@code /};
 * a page's path ends with {@code /} and is written as its folder's {@code index.html} ({@link #file(String)}).
 * Every path segment made from data is a slug, so no path can leave the site folder. {@link RouteMatcher} reads
 * the same table backwards.
 */
public final class Routes {
    public static final String HOME = "/";
    public static final String TACTICS = section("tactics");
    public static final String PARTNERS = section("partners");
    public static final String SOURCES = section("sources");
    public static final String ABOUT = section("about");
    public static final String SEARCH = section("search");
    public static final String QUALITY = section("quality");
    public static final String CHANGES = section("changes");
    /** The codebook: every field of the data files, the taxonomy and the method. */
    public static final String CODEBOOK = ABOUT + "codebook/";
    /** The copy buttons of citation blocks. */
    public static final String COPY_SCRIPT = "/assets/copy.js";
    public static final String BUILD_REPORT = "/build-report.html";
    public static final String BUILD_REPORT_JSON = "/build-report.json";
    public static final String NOT_FOUND = "/404.html";
    public static final String ROBOTS = "/robots.txt";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String STYLE = "/assets/style.css";
    /** Imported by {@link #STYLE} ({@code @import url("base.css")}). */
    public static final String BASE_STYLE = "/assets/base.css";
    public static final String FAVICON_SVG = "/assets/favicon.svg";
    public static final String FAVICON_ICO = "/favicon.ico";
    public static final String SEARCH_PASSAGES_SCRIPT = "/assets/search-passages.js";
    public static final String SEARCH_FACETS_SCRIPT = "/assets/search-facets.js";
    public static final String SEARCH_ENGINE_SCRIPT = "/assets/search-engine.js";
    public static final String SEARCH_PAGE_SCRIPT = "/assets/search.js";
    public static final String COMPARE = section("compare");
    public static final String EXPLORE = section("explore");
    public static final String COMPARE_SCRIPT = "/assets/compare.js";
    public static final String EXPLORE_SCRIPT = "/assets/explore.js";
    /** The data the explore page loads: one row per jurisdiction, {@code /explore/data.js}. */
    public static final String EXPLORE_DATA = EXPLORE + "data.js";
    /** The folder of the static search shards ({@code /search/meta.js}, …), beside the search page. */
    public static final String SEARCH_DATA = "/search/";
    /** What {@code serve} answers beside the site's files: everything under {@code /api/} is the API. */
    public static final String API = "/api/";
    public static final String API_SEARCH = API + "search";
    /** The OpenAPI description of the API. */
    public static final String API_DESCRIPTION = API + "openapi.json";
    /** The files and event stream of {@code serve --watch}'s live reload ({@code /_atlas/live.js}, …). */
    public static final String LIVE_RELOAD = "/_atlas/";
    /** What {@code serve} answers for Memento clients (RFC 7089), below a profile's path: its TimeGate, TimeMap. */
    public static final String TIMEGATE = "/timegate";
    public static final String TIMEMAP = "/timemap";

    static final String DOCUMENTS = "/documents/";
    static final String RELEASES = "/data/releases/";
    static final String AS_OF = "as-of-";
    static final String LEGACY = "/site/";
    static final String PAGE = "page-";
    static final String INDEX_FILE = OutputFormat.HTML.fileName();

    private Routes() {
    }

    /**
     * {@code /about/}: a top-level page of its own, named after its page type. {@link RouteMatcher} names such a
     * path after its folder, so a new page type at the top level needs no entry in this table.
     */
    public static String section(String name) {
        if (name.length() == 2) {
            throw new IllegalArgumentException("a section of two letters would be a state's path: " + name);
        }
        return "/" + Slugs.requireSlug(name) + "/";
    }

    /** {@code /ct/}: a state page (by its two-letter code, any case). */
    public static String state(String code) {
        return folder(code.toLowerCase(Locale.ROOT));
    }

    /** {@code /ct/hartford/}: a jurisdiction page, by its id {@code ct/hartford}. */
    public static String jurisdiction(String id) {
        return folder(id);
    }

    /** {@code /ct/hartford/as-of-2024-05-01-1a2b3c4d/}: a jurisdiction as it stood in an earlier release. */
    public static String asOf(String jurisdictionId, String release) {
        return jurisdiction(jurisdictionId) + AS_OF + Slugs.requireSlug(release) + "/";
    }

    /** {@code /timegate/ct/hartford/}: the profile's Memento TimeGate in {@code serve}. */
    public static String timegate(String jurisdictionId) {
        return TIMEGATE + jurisdiction(jurisdictionId);
    }

    /** {@code /timemap/ct/hartford/}: the profile's Memento TimeMap ({@code application/link-format}). */
    public static String timemap(String jurisdictionId) {
        return TIMEMAP + jurisdiction(jurisdictionId);
    }

    /** {@code /data/releases/2024-05-01-1a2b3c4d/all.json.gz}: a release's frozen, compressed {@code all.json}. */
    public static String releaseData(String release) {
        return RELEASES + Slugs.requireSlug(release) + "/all.json.gz";
    }

    /** {@code /documents/ct-press-release/}: a seed document in readable form. */
    public static String document(String id) {
        return DOCUMENTS + Slugs.requireSlug(id) + "/";
    }

    /** {@code /tactics/reverse-stings/}. */
    public static String tactic(String id) {
        return TACTICS + Slugs.requireSlug(id) + "/";
    }

    /** {@code /partners/aids-project-hartford/}. */
    public static String partner(String id) {
        return PARTNERS + Slugs.requireSlug(id) + "/";
    }

    /** Page {@code number} of a list whose first page is {@code firstPage}: {@code /sources/page-2/}. */
    public static String page(String firstPage, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + number);
        }
        return number == 1 ? firstPage : firstPage + PAGE + number + "/";
    }

    /** The legacy address of a profile, {@code /site/windsor-locks-ct/}, which redirects to its page. */
    public static String legacyProfile(String jurisdictionSlug, String stateCode) {
        return LEGACY + Slugs.requireSlug(jurisdictionSlug + "-" + stateCode.toLowerCase(Locale.ROOT)) + "/";
    }

    /** Part {@code number} of a sitemap too large for one file: {@code /sitemap-2.xml}. */
    public static String sitemapPart(int number) {
        return "/sitemap-" + number + ".xml";
    }

    /** A static search shard: {@code /search/dict-0000.js}. */
    public static String searchShard(String name) {
        return SEARCH_DATA + Slugs.requireSlug(name) + ".js";
    }

    /** {@code /compare/ct/}: the state's curated profiles side by side, built at build time (works without JS). */
    public static String compareState(String code) {
        return COMPARE + Slugs.requireSlug(code.toLowerCase(Locale.ROOT)) + "/";
    }

    /** {@code /compare/ct.js}: what the compare page shows of every jurisdiction of a state. */
    public static String compareShard(String code) {
        return COMPARE + Slugs.requireSlug(code.toLowerCase(Locale.ROOT)) + ".js";
    }

    /** The path of a page in another format: {@code /ct/hartford/} as JSON is {@code /ct/hartford/index.json}. */
    public static String output(String pagePath, OutputFormat format) {
        requirePage(pagePath);
        return format == OutputFormat.HTML ? pagePath : pagePath + format.fileName();
    }

    /** A link to an anchor of a page: {@code /ct/hartford/#source-3}. */
    public static String anchored(String path, String anchor) {
        if (path.contains("#") || !Slugs.isSlug(anchor)) {
            throw new IllegalArgumentException("cannot anchor " + path + " at " + anchor);
        }
        return path + "#" + anchor;
    }

    /**
     * The file of a site path, relative to the site folder: {@code /ct/hartford/} → {@code ct/hartford/index.html},
     * {@code /data/all.json} → {@code data/all.json}. Every folder segment must be a slug.
     */
    public static String file(String sitePath) {
        if (!sitePath.startsWith("/") || sitePath.contains("#") || sitePath.contains("?")) {
            throw new IllegalArgumentException("not a site path: " + sitePath);
        }
        String inner = sitePath.substring(1);
        String folder = inner.contains("/") ? inner.substring(0, inner.lastIndexOf('/')) : "";
        if (!folder.isEmpty()) {
            for (String segment : folder.split("/", -1)) {
                Slugs.requireSlug(segment);
            }
        }
        return sitePath.endsWith("/") ? inner + INDEX_FILE : inner;
    }

    /** The site path of a file: {@code ct/hartford/index.html} → {@code /ct/hartford/}; others keep their name. */
    public static String sitePath(String file) {
        if (!file.equals(INDEX_FILE) && !file.endsWith("/" + INDEX_FILE)) {
            return "/" + file;
        }
        return "/" + file.substring(0, file.length() - INDEX_FILE.length());
    }

    private static String folder(String path) {
        for (String segment : path.split("/", -1)) {
            Slugs.requireSlug(segment);
        }
        return "/" + path + "/";
    }

    private static void requirePage(String pagePath) {
        if (!pagePath.startsWith("/") || !pagePath.endsWith("/")) {
            throw new IllegalArgumentException("not a page path: " + pagePath);
        }
    }
}
