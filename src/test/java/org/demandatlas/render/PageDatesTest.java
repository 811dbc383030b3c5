package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.fixtures.TestReleases;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.parse.DocumentParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Class 4 of the trust audit over every page type: a page's "data as of" and its citation date come from the
 * statements on that page, never the atlas's newer date. Two made-up profiles in two states: Springfield, MA (newest
 * statement 2011-05-28) and Burlington, VT (2020-06-01).
 */
class PageDatesTest {
    private static AtlasPipeline.Result built;
    private static RenderedSite site;

    @BeforeAll
    static void render() {
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        List<ParsedDocument> parsed = new ArrayList<>();
        TextIngester ingester = new TextIngester();
        parsed.add(parser.parse(ingester.read("in/springfield.txt", profile("Springfield, MA", "Massachusetts",
                "In 2010 the police held a reverse sting.", "2011-05-28", "John school",
                "Springfield Police Department").getBytes(StandardCharsets.UTF_8))));
        parsed.add(parser.parse(ingester.read("in/burlington.txt", profile("Burlington, VT", "Vermont",
                "In March 2019 the police held an online sting.", "2020-06-01",
                "Shaming", "Burlington Police Department").getBytes(StandardCharsets.UTF_8))));
        built = TestAtlas.of(parsed);
        site = RenderedSite.render(built, RenderOptions.withBaseUrl("https://example.org/atlas"),
                TestReleases.of(built.atlas()));
    }

    private static String profile(String name, String state, String sentence, String cited, String tactic,
                                  String partner) {
        return name + "\n\nTactics Used\n\n• Reverse stings\n• " + tactic + "\n\n" + sentence
                + "\n\nKey Partners\n\n• " + partner
                + "\n\nKey Sources\n\nReverse Stings:\n\n  • \"Sting Held,\" The Daily, " + cited + ".\n\nState "
                + state + "\nType City\nPopulation 1000\n";
    }

    private static String asOf(String file) {
        Element time = site.page(file).selectFirst("footer time");
        return time == null ? null : time.attr("datetime");
    }

    @Test
    void pagesOfOnePlaceOrStateAreAsOfTheirOwnStatements() {
        assertEquals("2020-06-01", built.atlas().dataDate());
        assertEquals("2020-06-01", asOf("index.html"), "the home page shows the whole atlas");
        assertEquals("2011-05-28", asOf("ma/springfield/index.html"));
        assertEquals("2011-05-28", asOf("ma/index.html"), "Massachusetts shows only Springfield's statements");
        assertEquals("2020-06-01", asOf("vt/index.html"));
        assertEquals("2011-05-28", asOf("compare/ma/index.html"));
        assertEquals("2011-05-28", asOf("partners/springfield-police-department/index.html"));
        assertEquals("2020-06-01", asOf("tactics/reverse-stings/index.html"), "both places list it");
        assertEquals("2020-06-01", asOf("tactics/web-stings/index.html"), "only Burlington describes it");
        assertEquals("2011-05-28", asOf("tactics/john-school/index.html"), "only Springfield lists it");
    }

    @Test
    void everyPagesAsOfIsItsCitationDateAndNoOlderThanADateItShows() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                Element footer = page.selectFirst("footer time");
                Element meta = page.selectFirst("meta[name=citation_publication_date]");
                String asOf = footer == null ? null : footer.attr("datetime");
                String cited = meta == null ? null : meta.attr("content").replace('/', '-');
                String name = site.root().relativize(file).toString();
                assertEquals(asOf, cited, name + ": the citation date is the page's as-of");
                if (asOf != null) {
                    assertTrue(asOf.compareTo(built.atlas().dataDate()) <= 0, name + " is newer than the atlas");
                    page.select("main time[datetime]").eachAttr("datetime").forEach(shown -> assertTrue(
                            shown.compareTo(asOf) <= 0 || !shown.matches("\\d{4}.*"),
                            name + " shows " + shown + " but is as of " + asOf));
                    checked.add(name);
                }
            }
        }
        assertTrue(checked.size() > 20, checked.toString());
    }
}
