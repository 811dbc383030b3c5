package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandatlas.catalog.ReferenceData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every page type of the fixture site exists and shows the real content. */
class SitePagesTest {
    /** The taxonomy's size: one column, row or page per tactic. */
    private static final int TACTICS = ReferenceData.loadTaxonomy().tactics().size();
    private static RenderedSite site;

    @BeforeAll
    static void render() {
        site = RenderedSite.render(FixtureAtlas.seeds(), RenderOptions.withBaseUrl("https://example.org/atlas"));
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void writesEveryPageType() {
        List<String> files = site.files();
        for (String file : List.of("index.html", "ct/index.html", "ct/hartford/index.html",
                "ct/west-hartford/index.html", "tactics/index.html", "tactics/reverse-stings/index.html",
                "partners/index.html", "partners/aids-project-hartford/index.html", "sources/index.html",
                "documents/ct-press-release/index.html", "about/index.html",
                "search/index.html", "quality/index.html", "404.html", "sitemap.xml", "robots.txt", "favicon.ico",
                "ct/hartford/index.json", "ct/west-hartford/index.json",
                "assets/style.css", "assets/base.css",
                "assets/search-passages.js", "assets/search-facets.js",
                "assets/search-engine.js", "assets/search.js", "assets/favicon.svg", "assets/explore.js",
                "assets/compare.js", "assets/copy.js", "about/codebook/index.html", "changes/index.html",
                "explore/index.html", "compare/index.html", "compare/ct/index.html")) {
            assertTrue(files.contains(file), file);
        }
        // pages, robots.txt, sitemap.xml, 11 static files, 4 jurisdictions as JSON; no archived page without history
        assertEquals(62, files.size(), String.join("\n", files));
        assertFalse(files.stream().anyMatch(f -> f.startsWith("sources/by-")), "one order: each profile lists its own");
    }

    @Test
    void homeShowsCountsMapAndBrowseLists() {
        Document home = site.page("index.html");
        assertEquals(List.of("Jurisdictions 4", "Curated profiles 3", "States 1", "Tactics " + TACTICS,
                "Cited sources 16",
                "Documents 5"), texts(home, "dl.stats > div"));
        assertEquals(51, home.select("svg .tile").size());
        Element ct = home.selectFirst("svg a[href='ct/index.html']");
        assertEquals("Connecticut: 3 curated profiles", ct.selectFirst("title").text());
        assertEquals("tile b2", ct.parent().attr("class"));
        assertEquals(1, home.select("svg a").size());
        assertEquals(List.of("Connecticut 4 jurisdictions, 3 curated"), texts(home, "#states li"));
        assertEquals("Reverse Stings 3", home.select("#tactics li").get(12).text());
        assertEquals("search/index.html", home.selectFirst("form.hero-search").attr("action"));
        assertEquals("q", home.selectFirst("form.hero-search input").attr("name"));
    }

    @Test
    void waterburyListsSixteenNumberedCitations() {
        Document page = site.page("ct/waterbury/index.html");
        List<Element> citations = page.select("#sources ol.citations > li");
        assertEquals(16, citations.size());
        for (int i = 0; i < 16; i++) {
            assertEquals("source-" + (i + 1), citations.get(i).id());
        }
        assertEquals("2", page.select("#sources ol.citations").get(1).attr("start"));
        assertEquals("Prostitution Sting Nets 40, CBS/WFSB-TV 3, June 4, 2007. #",
                page.getElementById("source-10").text());
        assertEquals(List.of("Sex Buyer Arrests", "Street-Level Reverse Stings, Identity Disclosure",
                "Sex Buyer Fired and/or Resigned Due to Arrest",
                "Sex Trafficking and Child Sexual Exploitation in the Area",
                "Documented Violence Against Individuals Engaged in Prostitution in the Area",
                "Background on Prostitution in the Area"), texts(page, "#sources h3"));
        assertEquals("Supports: Reverse Stings, Identity Disclosure", page.select("#sources .supports").get(1).text());
        assertEquals("Background; supports no particular tactic.", page.select("#sources .supports").get(5).text());
    }

    @Test
    void hartfordProfileHasFactsNarrativePartnersAndProvenance() {
        Document page = site.page("ct/hartford/index.html");
        assertEquals("Hartford", page.selectFirst("h1").text());
        assertEquals("124,563", page.select(".facts dd").get(2).text());
        assertEquals("../index.html", page.selectFirst(".facts a").attr("href"));
        assertEquals(10, page.select("#tactics li.evidence-corroborated, #tactics li.evidence-listed").size());
        assertEquals("../../tactics/reverse-stings/index.html",
                page.selectFirst("#tactic-reverse-stings a").attr("href"));
        assertEquals(List.of("John Protocol"), texts(page, "#narrative h3"));
        assertEquals(2, page.select("#narrative blockquote").size());
        assertEquals("../../partners/aids-project-hartford/index.html",
                page.select("#partners li a").get(2).attr("href"));
        assertEquals("The profile lists no sources.", page.selectFirst("#sources p.muted").text());
        Element provenance = page.selectFirst("#provenance tbody tr");
        assertEquals("Hartford, CT Curated profile seeds/000_23610c0101512601.txt " + "ab".repeat(32),
                provenance.text());
    }

    @Test
    void everySectionHasANamedSelfLink() {
        Document page = site.page("ct/waterbury/index.html");
        for (String id : List.of("tactics", "narrative", "partners", "sources", "documents", "cite", "data")) {
            Element link = page.selectFirst("#" + id + " > h2 a.self-link");
            assertEquals("#" + id, link.attr("href"));
            assertFalse(link.attr("aria-label").isBlank(), id);
        }
        assertEquals("Link to source 3", page.selectFirst("#source-3 a.self-link").attr("aria-label"));
    }

    @Test
    void citeThisPageUsesPermalinkAndThePagesOwnDataDate() {
        Document page = site.page("ct/waterbury/index.html");
        List<String> blocks = page.select("#cite pre").eachText();
        assertEquals("Demand Atlas (2011). \u201CWaterbury, Connecticut.\u201D Jurisdiction profile, data as of "
                + "2011-05-28. https://example.org/atlas/ct/waterbury/ (accessed YYYY-MM-DD)", blocks.get(0));
        assertEquals("""
                @misc{demandatlas-ct-waterbury,
                  author = {{Demand Atlas}},
                  title = {Waterbury, Connecticut},
                  howpublished = {Demand Atlas, jurisdiction profile},
                  year = {2011},
                  note = {Data as of 2011-05-28},
                  url = {https://example.org/atlas/ct/waterbury/},
                  urldate = {YYYY-MM-DD}
                }""", page.select("#cite pre").get(1).wholeText());
        JsonNode csl = JsonMapper.builder().build().readTree(page.select("#cite pre").get(2).wholeText());
        assertEquals("https://example.org/atlas/ct/waterbury/", csl.get(0).get("URL").asString());
        assertEquals("[[2011,5,28]]", csl.get(0).get("issued").get("date-parts").toString());
    }

    @Test
    void aPageWhoseStatementsStateNoDateIsCitedUndated() {
        Document page = site.page("ct/hartford/index.html");
        assertEquals("Demand Atlas (n.d.). \u201CHartford, Connecticut.\u201D Jurisdiction profile, undated. "
                + "https://example.org/atlas/ct/hartford/ (accessed YYYY-MM-DD)", page.select("#cite pre").eachText().get(0));
        assertEquals(null, page.selectFirst("footer time"), "no 'data as of' the page's statements do not give");
    }

    @Test
    void headCarriesCanonicalOpenGraphAndJsonLd() {
        Document page = site.page("ct/hartford/index.html");
        assertEquals("https://example.org/atlas/ct/hartford/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertTrue(page.selectFirst("meta[name=description]").attr("content")
                .startsWith("Hartford, Connecticut: 10 tactics against the demand for commercial sex (Buyer Arrests"));
        JsonNode place = JsonMapper.builder().build().readTree(
                page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Place", place.get("@type").asString());
        assertEquals("Connecticut", place.get("containedInPlace").get("name").asString());
        JsonNode dataset = JsonMapper.builder().build().readTree(
                site.page("index.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals("Dataset", dataset.get("@type").asString());
        assertEquals("https://example.org/atlas/data/all.json",
                dataset.get("distribution").get(0).get("contentUrl").asString());
    }

    @Test
    void westHartfordSaysNoCuratedProfileExists() {
        Document page = site.page("ct/west-hartford/index.html");
        assertTrue(page.selectFirst(".notice-warning").text().startsWith(
                "No curated profile exists for West Hartford. It is listed only because a document mentions it."));
        assertTrue(page.select("#tactics, #narrative, #partners, #sources").isEmpty());
        assertEquals("Unverified web article", page.selectFirst("#documents .badge").text());
        assertEquals("Not stated", page.select(".facts dd").get(2).text());
    }

    @Test
    void stateMatrixTicksTheTacticsOfEachProfile() {
        Document page = site.page("ct/index.html");
        Element table = page.selectFirst("table.matrix");
        assertEquals("Tactics used by each jurisdiction in Connecticut", table.selectFirst("caption").text());
        assertEquals(1 + TACTICS, table.select("thead th[scope=col]").size());
        List<Element> rows = table.select("tbody tr");
        assertEquals(List.of("Hartford", "Waterbury", "West Hartford", "Windsor Locks"),
                rows.stream().map(r -> r.selectFirst("th[scope=row]").text()).toList());
        assertEquals(10, rows.get(0).select("td.ev-listed, td.ev-corroborated").size());
        assertEquals(15, rows.get(1).select("td.ev-listed, td.ev-corroborated").size());
        assertEquals("No curated profile", rows.get(2).selectFirst("td").text());
        assertEquals(String.valueOf(TACTICS), rows.get(2).selectFirst("td").attr("colspan"));
        assertEquals(13, rows.get(3).select("td.ev-listed, td.ev-corroborated").size());
        assertEquals("○Listed only", rows.get(1).select("td").get(2).text());
        assertEquals("●Listed and corroborated", rows.get(1).select("td").get(12).text());
        assertEquals("·Not listed", rows.get(0).select("td").get(2).text());
        assertEquals(List.of("Connecticut Trafficking in Persons Council releases its Annual Report"),
                texts(page, "#documents li a"));
    }

    @Test
    void reverseStingsPageListsItsJurisdictionsAndCitations() {
        Document page = site.page("tactics/reverse-stings/index.html");
        assertEquals("Reverse Stings", page.selectFirst("h1").text());
        assertEquals(List.of("Connecticut"), texts(page, "#jurisdictions h3"));
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"), texts(page, "#jurisdictions li a"));
        assertEquals(15, page.select("#citations li").size());
        assertEquals("../../ct/waterbury/index.html#source-2",
                page.selectFirst("#citations li .cited-by a").attr("href"));
        assertTrue(page.selectFirst(".synonyms").text().contains("John stings"));
    }

    @Test
    void tacticsAndPartnersIndexesCount() {
        Document tactics = site.page("tactics/index.html");
        assertEquals(TACTICS, tactics.select("table.definitions tbody tr").size());
        assertEquals("Cameras", tactics.select("table.definitions tbody th").get(2).text());
        assertEquals("1", tactics.select("table.definitions tbody tr").get(2).selectFirst("td.num").text());
        Document partners = site.page("partners/index.html");
        assertEquals(List.of("AIDS Project Hartford 1 jurisdiction",
                "Community Court (State of Connecticut, Judicial Branch) 1 jurisdiction",
                "End Demand Connecticut 1 jurisdiction", "Hartford Police Department 1 jurisdiction"),
                texts(partners, ".count-list li"));
        Document partner = site.page("partners/end-demand-connecticut/index.html");
        assertEquals(List.of("Hartford"), texts(partner, "#jurisdictions li a"));
    }

    @Test
    void sourcesArePreRenderedByDateWithTheCsvForOtherOrders() {
        Document byDate = site.page("sources/index.html");
        assertEquals(16, byDate.select("ol.source-list > li").size());
        assertTrue(byDate.selectFirst("ol.source-list > li").text().startsWith("Cops Nab Prostitutes\u2019 Customers"));
        assertEquals("../data/citations.csv", byDate.selectFirst("main a[href$=citations.csv]").attr("href"));
    }

    @Test
    void documentPagesShowKindProvenanceAndWarning() {
        Document article = site.page("documents/ct-west-hartford-article/index.html");
        assertEquals("Unverified web article", article.selectFirst(".kicker .badge").text());
        assertTrue(article.selectFirst(".notice-warning").text().startsWith("Not a curated profile."));
        assertEquals("../../ct/west-hartford/index.html", article.selectFirst(".details a").attr("href"));
        assertEquals(List.of("Is prostitution legal in West Hartford?"), texts(article, "#text h3"));
        assertEquals(2, article.select("#text li").size());
        Document release = site.page("documents/ct-press-release/index.html");
        assertEquals("../../ct/index.html", release.selectFirst(".details a").attr("href"));
        assertEquals("Official press release", release.selectFirst(".kicker .badge").text());
        Document profile = site.page("documents/ct-hartford-profile/index.html");
        assertTrue(profile.select(".notice-warning").isEmpty());
    }

    @Test
    void searchPageHasTheFormTheSearchScriptExpects() {
        Document page = site.page("search/index.html");
        assertEquals("index.html", page.selectFirst("#search-form").attr("action"));
        assertEquals(List.of("q", "sort"), page.select("#search-form [name]").eachAttr("name"));
        assertEquals(List.of("relevance", "name", "population", "state"),
                page.select("select[name=sort] option").eachAttr("value"));
        assertEquals(List.of("tactic", "state", "type", "evidence", "kind"),
                page.select("#search-form [data-facet]").eachAttr("data-facet"), "groups search.js fills");
        assertEquals("q", page.selectFirst("input[name=q]").id(), "search.js binds to the first field named q");
        assertTrue(page.select("form.site-search").isEmpty());
        Element status = page.getElementById("search-status");
        assertEquals("status", status.attr("role"));
        assertEquals("polite", status.attr("aria-live"));
        assertTrue(page.getElementById("search-results").children().isEmpty());
        assertEquals(List.of("../assets/search-passages.js", "../assets/search-facets.js", "../assets/search-engine.js",
                "../assets/search.js"),
                page.select("script[src]").eachAttr("src"), "the engine first; deferred scripts run in document order");
        assertTrue(page.select("script[src]").stream().allMatch(s -> s.hasAttr("defer")));
        assertEquals(3, page.select("noscript a").size());
    }

    @Test
    void notFoundPageUsesBaseUrlPathLinksAndSitemapListsAbsoluteUrls() {
        Document page = site.page("404.html");
        assertEquals("/atlas/assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/atlas/index.html", page.selectFirst("main a").attr("href"));
        assertTrue(page.select("link[rel=canonical]").isEmpty());
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/atlas/ct/hartford/</loc>"));
        assertFalse(sitemap.contains("404"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.org/atlas/sitemap.xml\n",
                site.text("robots.txt"));
    }

    @Test
    void withoutBaseUrlThereIsNoCanonicalNoSitemapAndRootLinksOn404() {
        RenderedSite local = RenderedSite.render(FixtureAtlas.seeds(), RenderOptions.defaults());
        assertTrue(local.page("ct/hartford/index.html").select("link[rel=canonical], meta[property=og:url]")
                .isEmpty());
        assertFalse(local.files().contains("sitemap.xml"));
        assertEquals("/index.html", local.page("404.html").selectFirst("main a").attr("href"));
        assertTrue(local.page("ct/hartford/index.html").select("#cite pre").get(0).text()
                .endsWith(" /ct/hartford/ (accessed YYYY-MM-DD)"));
    }
}
