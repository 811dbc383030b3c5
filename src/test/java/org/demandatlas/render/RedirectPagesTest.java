package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Legacy addresses of the old site, {@code /site/<name>-<st>/}, send readers to the profiles. */
class RedirectPagesTest {
    private static RenderedSite site;
    private static RenderedSite local;

    @BeforeAll
    static void render() {
        site = RenderedSite.render(FixtureAtlas.seeds(), RenderOptions.withBaseUrl("https://example.org/atlas"));
        local = RenderedSite.render(FixtureAtlas.seeds(), RenderOptions.defaults());
    }

    @Test
    void everyCuratedProfileHasItsLegacyAddress() {
        assertEquals(List.of("site/hartford-ct/index.html", "site/waterbury-ct/index.html",
                "site/windsor-locks-ct/index.html"), site.files().stream().filter(f -> f.startsWith("site/")).toList());
    }

    @Test
    void aRedirectRefreshesNamesTheCanonicalIsNotIndexedAndShowsALink() {
        Document page = site.page("site/windsor-locks-ct/index.html");
        assertEquals("0; url=../../ct/windsor-locks/index.html",
                page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/atlas/ct/windsor-locks/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("../../ct/windsor-locks/index.html", page.selectFirst("main a").attr("href"));
        assertEquals("The profile of Windsor Locks, CT is now at ../../ct/windsor-locks/index.html.",
                page.selectFirst("main p").text());
    }

    @Test
    void withoutABaseUrlTheCanonicalIsRelative() {
        assertEquals("../../ct/hartford/index.html",
                local.page("site/hartford-ct/index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void redirectsAreLeftOutOfTheSitemap() throws IOException {
        assertFalse(Files.readString(site.root().resolve("sitemap.xml")).contains("/site/"));
    }
}
