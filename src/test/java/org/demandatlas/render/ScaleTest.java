package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.StateRef;
import org.demandatlas.routes.OutputFolder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An atlas of many jurisdictions in every state renders every page; long sitemaps are split. */
class ScaleTest {
    static AtlasPipeline.Result manyJurisdictions(int count) {
        List<StateRef> states = ReferenceData.loadStates().all();
        Jurisdiction template = FixtureAtlas.waterbury();
        List<Jurisdiction> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StateRef state = states.get(i % states.size());
            String name = "Town " + i;
            all.add(new Jurisdiction(Jurisdiction.idOf(state, name), name, state, JurisdictionType.CITY, (long) i,
                    true, template.tactics(), List.of(FixtureAtlas.partner("Partner " + i % 50, 1)),
                    template.sources(), template.narrative(), List.of()));
        }
        return TestAtlas.of(all, List.of());
    }

    @Test
    void rendersAThousandJurisdictionsInEveryState() {
        AtlasPipeline.Result built = manyJurisdictions(1020);
        RenderedSite site = RenderedSite.render(built, RenderOptions.withBaseUrl("https://x.org/"));
        int tactics = built.atlas().tactics().size();
        // 1,020 profiles and their documents, 51 states, the tactics and their index, 51 partner pages, 33 pages of
        // 500 sources (by date only), home, about, codebook, changes, search and 404, the quality report in pages of
        // 500 findings, 1,020 legacy redirects, explore, compare and the comparison of each state's profiles (51)
        int qualityPages = Paginator.pageCount(built.quality().items().size(), 500);
        assertTrue(qualityPages > 1, "quality pages " + qualityPages);
        assertEquals(1020 + 1020 + 51 + tactics + 1 + 51 + 33 + 6 + qualityPages + 1020 + 2 + 51,
                site.htmlFiles().size());
        Document home = site.page("index.html");
        assertEquals(51, home.select("svg a").size());
        assertEquals("tile b4", home.selectFirst("svg a[href='wy/index.html']").parent().attr("class"));
        Document wyoming = site.page("wy/index.html");
        assertEquals(20, wyoming.select("table.matrix tbody tr").size());
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://x.org/wy/</loc>"));
        // all pages but search, 404 and the legacy redirects
        assertEquals(site.htmlFiles().size() - 2 - 1020, sitemap.split("<loc>", -1).length - 1);
    }

    @Test
    void sitemapsBeyondTheLimitBecomeAnIndex(@TempDir Path dir) throws Exception {
        new SitemapWriter(RenderOptions.withBaseUrl("https://x.org/a/"), 2).write(new OutputFolder(dir),
                List.of("index.html", "ct/index.html", "ct/hartford/index.html"));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://x.org/a/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://x.org/a/sitemap-2.xml</loc></sitemap>
                </sitemapindex>
                """, Files.readString(dir.resolve("sitemap.xml")));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://x.org/a/ct/hartford/</loc></url>
                </urlset>
                """, Files.readString(dir.resolve("sitemap-2.xml")));
    }
}
