package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.model.Atlas;
import org.demandatlas.fixtures.TestReleases;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.routes.Routes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every internal link, script, style sheet, form action and #fragment of every page resolves: to a file of the
 * site (or one the export stage writes beside it), to an element with that id, and through the route table
 * ({@link RouteMatcher}): no page links a path that {@code Routes} does not make.
 */
class LinkCheckTest {
    static final String BASE = "https://example.org/atlas/";
    /** The only external links: sections of the Connecticut General Statutes (see statutes.json). */
    private static final String OFFICIAL_STATUTE =
            "https://www\\.cga\\.ct\\.gov/current/pub/chap_\\d+\\.htm#sec_[0-9a-z-]+";
    /** And the data licence's text (site.json). */
    private static final String LICENCE = SiteConfig.load().dataLicence().url();

    /** Files the export stage writes next to the pages; the renderer only links them. */
    private static Set<String> exportFiles(Atlas atlas) {
        Set<String> files = new HashSet<>();
        Arrays.stream(DataFile.values()).map(DataFile::file).forEach(files::add);
        atlas.jurisdictions().stream().map(j -> Routes.output(Routes.jurisdiction(j.id()), OutputFormat.JSON))
                .map(Routes::file).forEach(files::add);
        return files;
    }

    @Test
    void everyLinkOfEveryPageResolves() {
        AtlasPipeline.Result built = FixtureAtlas.seeds();
        RenderedSite site = RenderedSite.render(built, RenderOptions.withBaseUrl(BASE),
                TestReleases.of(built.atlas()));
        assertEquals(List.of(), brokenLinks(site, built.atlas()));
    }

    /** Problems as {@code page: link: problem}; the site must have been rendered with base URL {@link #BASE}. */
    static List<String> brokenLinks(RenderedSite site, Atlas atlas) {
        Set<String> files = new HashSet<>(site.files());
        Set<String> exports = exportFiles(atlas);
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : site.htmlFiles()) {
            Document page = site.page(file);
            Element canonical = page.selectFirst("link[rel=canonical]");
            if (canonical != null && !canonicalOk(site, file, canonical.attr("href"))) {
                broken.add(file + ": canonical " + canonical.attr("href"));
            }
            for (Element element : page.select("a[href]:not([rel=external]), link[href]:not([rel=canonical]), "
                    + "script[src], form[action]")) {
                String link = element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                checked++;
                String problem = check(site, file, link, files, exports, ids);
                if (problem != null) {
                    broken.add(file + ": " + link + ": " + problem);
                }
            }
        }
        assertTrue(checked > 10 * site.htmlFiles().size(), "checked only " + checked);
        for (String file : site.htmlFiles()) {
            site.page(file).select("a[rel=external]").stream().map(a -> a.attr("href"))
                    .filter(link -> !link.matches(OFFICIAL_STATUTE)).forEach(link -> broken.add(file + ": " + link
                            + ": external link that is not an official statute section"));
        }
        return broken;
    }

    /** A page is its own canonical; a legacy redirect ({@code site/…}) names the page it sends to. */
    private static boolean canonicalOk(RenderedSite site, String file, String canonical) {
        if (!file.startsWith("site/")) {
            return canonical.equals(BASE + file.replace("index.html", ""));
        }
        return canonical.startsWith(BASE) && site.files().contains(canonical.substring(BASE.length()) + "index.html");
    }

    private static String check(RenderedSite site, String page, String link, Set<String> files, Set<String> exports,
                                Map<String, Set<String>> ids) {
        if (link.startsWith("/") && !page.equals("404.html")) {
            return "root-relative link outside the 404 page";
        }
        if (link.startsWith("/atlas/")) {
            link = link.substring("/atlas".length());
        } else if (link.startsWith("http:") || link.startsWith("https:")) {
            if (!link.startsWith(BASE)) {
                return link.equals(LICENCE) ? null : "external link";
            }
            link = "/" + link.substring(BASE.length());
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            return "leaves the site";
        }
        if (RouteMatcher.routeOf(Routes.sitePath(target)).isEmpty()) {
            return "no route of the route table makes " + Routes.sitePath(target);
        }
        if (!files.contains(target)) {
            boolean exported = exports.contains(target)
                    || RouteMatcher.routeOf(Routes.sitePath(target)).orElse("").equals("release-data");
            return exported && fragment.isEmpty() ? null : "no such file " + target;
        }
        if (!fragment.isEmpty() && !ids.computeIfAbsent(target, t -> idsOf(site, t)).contains(fragment)) {
            return "no element with id " + fragment + " in " + target;
        }
        return null;
    }

    private static Set<String> idsOf(RenderedSite site, String file) {
        return new HashSet<>(site.page(file).select("[id]").eachAttr("id"));
    }

    /** The site-relative file a link points to from a page, or null when it leaves the site folder. */
    private static String resolve(String page, String path) {
        if (path.endsWith("/")) {
            return "folder link " + path;
        }
        URI resolved = URI.create("site:/" + page).resolve(path.startsWith("/") ? "/" + path.substring(1) : path);
        String result = resolved.getPath();
        return result.startsWith("/") && !result.contains("..") ? result.substring(1) : null;
    }
}
