package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.TestAtlas;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site of the five real seeds, read by the real stages: content, links and timing. */
class SeedSiteTest {
    private static AtlasPipeline.Result atlas;
    private static RenderedSite site;
    private static long renderMillis;

    @BeforeAll
    static void render() {
        atlas = TestAtlas.seeds();
        long start = System.nanoTime();
        site = RenderedSite.render(atlas, RenderOptions.withBaseUrl(LinkCheckTest.BASE));
        renderMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("seed site: " + site.htmlFiles().size() + " pages rendered in " + renderMillis + " ms");
    }

    @Test
    void waterburyListsItsSixteenCitations() {
        Document page = site.page("ct/waterbury/index.html");
        assertEquals(16, page.select("#sources ol.citations > li").size());
        assertEquals("source-16", page.select("#sources ol.citations > li").last().id());
        assertEquals("113,811", page.select(".facts dd").get(2).text());
    }

    @Test
    void reverseStingsListsTheThreeCuratedPlaces() {
        Document page = site.page("tactics/reverse-stings/index.html");
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"), page.select("#jurisdictions li a").eachText());
    }

    @Test
    void hartfordNarrativeKeepsItsSubHeadingAndQuotes() {
        Document page = site.page("ct/hartford/index.html");
        assertEquals(List.of("John Protocol"), page.select("#narrative h3").eachText());
        assertEquals(2, page.select("#narrative blockquote").size());
        assertEquals("124,563", page.select(".facts dd").get(2).text());
        assertEquals(4, page.select("#partners li a").size());
    }

    @Test
    void westHartfordsTypeIsNotStatedBecauseItsArticleGivesNone() {
        Document page = site.page("ct/west-hartford/index.html");
        assertEquals(List.of("Connecticut", "Not stated", "Not stated"), page.select(".facts dd").eachText());
        assertEquals("Connecticut", page.selectFirst(".kicker").text());
        assertEquals("Not stated", site.page("ct/index.html").select("tr").stream()
                .filter(r -> r.text().startsWith("West Hartford")).findFirst().orElseThrow().select("td").get(0).text());
    }

    @Test
    void westHartfordAndThePressReleaseAreLabelled() {
        Document page = site.page("ct/west-hartford/index.html");
        assertTrue(page.selectFirst(".notice-warning").text().startsWith("No curated profile exists for West Hartford."));
        assertEquals("Unverified web article", page.selectFirst("#documents .badge").text());
        Document state = site.page("ct/index.html");
        assertEquals(List.of("Official press release"), state.select("#documents .badge").eachText());
    }

    @Test
    void everyLinkResolves() {
        assertEquals(List.of(), LinkCheckTest.brokenLinks(site, atlas.atlas()));
    }
}
