package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.TacticEvidence;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare and explore pages, the maps and charts of the seeds' site: what each shows is what the atlas holds.
 */
class CompareMapPagesTest {
    private static RenderedSite site;
    private static Atlas atlas;

    @BeforeAll
    static void render() {
        AtlasPipeline.Result seeds = FixtureAtlas.seeds();
        atlas = seeds.atlas();
        site = RenderedSite.render(seeds, RenderOptions.defaults());
    }

    @Test
    void theStateComparisonIsBuiltWithoutScript() {
        Document compare = site.page("compare/ct/index.html");
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"),
                compare.select("#compare-output thead th a").eachText());
        Element webStings = compare.select("#compare-output tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Web Stings")).findFirst().orElseThrow();
        TacticEvidence hartford = atlas.findEvidence("ct/hartford", "web-stings").orElseThrow();
        Element cell = webStings.select("td").get(0);
        assertEquals("ev-" + hartford.level().id(), cell.className());
        assertEquals("../../ct/hartford/index.html#tactic-web-stings", cell.selectFirst("a").attr("href"));
        assertTrue(cell.text().contains(CompareTable.marks(hartford)), cell.text());
        assertTrue(compare.select("#compare-form").hasAttr("hidden"), "the picker needs the script");
    }

    @Test
    void aProfileLinksToTheComparisonOfItsState() {
        Element link = site.page("ct/hartford/index.html").selectFirst("a.compare-link");
        assertNotNull(link);
        assertEquals("../../compare/ct/index.html?ids=ct/hartford,ct/waterbury,ct/windsor-locks", link.attr("href"));
        assertEquals(null, site.page("ct/west-hartford/index.html").selectFirst("a.compare-link"),
                "a place without a curated profile has nothing to compare");
    }

    @Test
    void theTacticPageMapsItsShareAndCountsHowItIsKnown() {
        Document tactic = site.page("tactics/web-stings/index.html");
        Element ct = tactic.selectFirst("#map svg a[href='../../ct/index.html']");
        long listing = atlas.jurisdictions().stream().filter(j -> j.curated()
                && j.tactics().stream().anyMatch(t -> t.id().equals("web-stings"))).count();
        assertEquals(String.valueOf(listing), ct.selectFirst(".tile-count").text());
        assertEquals(List.of("Connecticut", String.valueOf(listing), "3",
                TacticMaps.percent((int) listing, 3) + " %"), tactic.select("#map tbody tr").get(0).children()
                .eachText());
        long described = atlas.jurisdictions().stream().flatMap(j -> atlas.evidenceOf(j.id()).stream())
                .filter(e -> e.tacticId().equals("web-stings") && e.level() == EvidenceLevel.UNLISTED).count();
        String headline = tactic.selectFirst("p.headline").text();
        assertTrue(headline.startsWith(listing + " jurisdictions list it"), headline);
        assertEquals(described > 0, headline.contains(described + " more describe"), headline);
        assertTrue(tactic.select("#evidence td.marks").eachText().stream().allMatch(m -> m.matches("[☑✎❝ 0-9]*")));
    }

    @Test
    void matrixCellsLinkToTheProfilesTacticRows() {
        Document state = site.page("ct/index.html");
        for (Element a : state.select("table.matrix td a")) {
            String[] target = a.attr("href").split("#");
            assertTrue(site.page("ct/" + target[0]).getElementById(target[1]) != null, a.attr("href"));
        }
        assertTrue(state.select("table.matrix td a").size() >= 10);
        assertEquals("tile b4", state.selectFirst(".state-locator g:has(text:containsOwn(CT))").attr("class"));
    }

    @Test
    void chartsHaveTheirNumbersInATable() {
        Document tactics = site.page("tactics/index.html");
        Element chart = tactics.selectFirst("#chart figure");
        assertEquals(atlas.tactics().size(), chart.select("svg g.chart-bar").size());
        assertEquals(atlas.tactics().stream().map(t -> String.valueOf(t.jurisdictions().size())).toList(),
                chart.select("tbody td").eachText());
        Element evidence = tactics.selectFirst("#evidence figure");
        assertEquals(EvidenceLevel.values().length + 2, evidence.select("thead th").size());
        assertNotNull(site.page("index.html").selectFirst("#tactics figure.chart svg[role=img]"));
    }

    @Test
    void theExploreFormOffersEveryTacticAndState() {
        Document explore = site.page("explore/index.html");
        assertEquals(atlas.tactics().size(), explore.select("input[name=tactic]").size());
        assertEquals(atlas.states().size(), explore.select("#explore-state option").size());
        assertEquals(51, explore.select("#explore-map g[data-state]").size());
    }
}
