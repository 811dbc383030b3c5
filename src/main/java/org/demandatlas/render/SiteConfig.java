package org.demandatlas.render;

import java.util.List;
import org.demandatlas.model.BaseUrl;
import org.demandatlas.model.Slugs;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.text.DataFiles;

/**
 * The site's own data, read from {@code site.json} beside this class: name, tagline, navigation entries, how many
 * citations one page of the sources list shows and how many a tactic page lists before pointing to the sources
 * list, how many findings one page of the quality report shows, the site's canonical address and the data's
 * licence. Paths are the route table's ({@code routes.Routes}); a navigation path it does not know fails the load.
 *
 * <p>{@code baseUrl} is where the site is published, set once by the curator; {@code build} uses it unless
 * {@code --base-url} gives another, and null means none (permalinks stay site paths and "Cite this page" says to
 * cite the published site's address). It is checked by {@link BaseUrl}, the rule {@code --base-url} follows, when
 * the file is read, so a mistyped address fails every build and test with the reason.
 */
record SiteConfig(String name, String tagline, List<NavEntry> nav, String baseUrl, Licence dataLicence,
                  int sourcesPerPage, int citationsPerTacticPage, int qualityPerPage) {
    SiteConfig {
        if (sourcesPerPage < 1 || citationsPerTacticPage < 1 || qualityPerPage < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
        if (baseUrl != null) {
            try {
                baseUrl = new BaseUrl(baseUrl).value();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("baseUrl " + e.getMessage(), e);
            }
        }
        nav = List.copyOf(nav);
    }

    /** The licence the data files are published under: its name and the URL of its text. */
    record Licence(String name, String url) {
    }

    /** A navigation entry: the section it marks as current, its label and its site path (a route, maybe anchored). */
    record NavEntry(String section, String label, String path) {
        NavEntry {
            int hash = path.indexOf('#');
            String page = hash < 0 ? path : path.substring(0, hash);
            if (RouteMatcher.routeOf(page).isEmpty() || (hash >= 0 && !Slugs.isSlug(path.substring(hash + 1)))) {
                throw new IllegalArgumentException("navigation path " + path + " is not a route of the site");
            }
        }
    }

    static SiteConfig load() {
        return read("site.json", SiteConfig.class);
    }

    static <T> T read(String resource, Class<T> type) {
        return DataFiles.readJson(SiteConfig.class, resource, type);
    }
}
