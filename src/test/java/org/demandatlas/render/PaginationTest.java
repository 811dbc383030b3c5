package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.render.page.NavLink;
import org.demandatlas.render.page.Pagination;
import org.demandatlas.routes.Routes;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Long lists are split into pages, and tactic pages list only the first citations. */
class PaginationTest {
    /** Forty copies of Waterbury: 640 citations, so two pages per source order. */
    static AtlasPipeline.Result manyCitations() {
        Jurisdiction waterbury = FixtureAtlas.waterbury();
        List<Jurisdiction> all = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String name = "Waterbury " + i;
            all.add(new Jurisdiction(Jurisdiction.idOf(FixtureAtlas.CT, name), name, FixtureAtlas.CT,
                    JurisdictionType.CITY, 1000L * i, true, waterbury.tactics(), waterbury.partners(),
                    waterbury.sources(), waterbury.narrative(), List.of()));
        }
        return TestAtlas.of(all, List.of());
    }

    @Test
    void pagerShowsEndsAndNeighbours() {
        Pagination pagination = Paginator.pagination(7, 10, 200, p -> "p" + p);
        assertEquals("Showing 61\u201370 of 200", pagination.summary());
        assertEquals(List.of("1", "\u2026", "5", "6", "7", "8", "9", "\u2026", "20"),
                pagination.pages().stream().map(NavLink::text).toList());
        assertEquals("p6", pagination.previous());
        assertEquals("p8", pagination.next());
        assertTrue(pagination.pages().get(4).current());
        assertNull(Paginator.pagination(1, 10, 5, p -> "p" + p).previous());
        assertEquals(1, Paginator.pageCount(0, 10));
        assertEquals("/sources/page-3/", Routes.page(Routes.SOURCES, 3));
    }

    @Test
    void sourcesAreSplitIntoLinkedPages() {
        AtlasPipeline.Result atlas = manyCitations();
        RenderedSite site = RenderedSite.render(atlas, RenderOptions.withBaseUrl(LinkCheckTest.BASE));
        Document first = site.page("sources/index.html");
        assertEquals(500, first.select("ol.source-list > li").size());
        assertEquals("page-2/index.html", first.selectFirst(".pager a[rel=next]").attr("href"));
        Document second = site.page("sources/page-2/index.html");
        assertEquals(140, second.select("ol.source-list > li").size());
        assertEquals("501", second.selectFirst("ol.source-list").attr("start"));
        assertEquals("Showing 501\u2013640 of 640", second.selectFirst(".pager-summary").text());
        assertEquals("../index.html", second.selectFirst(".pager a[rel=prev]").attr("href"));
        Document tactic = site.page("tactics/reverse-stings/index.html");
        assertEquals(100, tactic.select("#citations li").size());
        assertTrue(tactic.selectFirst("#citations .notice").text().startsWith("These are the first 100 of 600"));
        assertEquals(List.of(), LinkCheckTest.brokenLinks(site, atlas.atlas()));
    }
}
