package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.SourceText;
import org.demandatlas.parse.DocumentParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Class 5 of the trust audit: every line of every input has a role and goes somewhere a reader can see. Each line
 * is on its document page ({@code #line-N}, as written, with its role); a line that carries content is also where
 * its content is shown (the readable text, the profile's tactics, partners, sources or facts). The map of every
 * seed line to where it went is written to {@code target/line-coverage.txt}.
 */
class LineCoverageTest {
    private static final DocumentParser PARSER = new DocumentParser(ReferenceData.loadTaxonomy(),
            ReferenceData.loadStates());

    @Test
    void everySeedLineIsShownWithItsRoleAndItsContentIsWhereItBelongs() throws IOException {
        List<SourceText> texts = new ArrayList<>();
        for (Path file : ProjectFiles.seedFiles()) {
            texts.add(new TextIngester().read(file, "seeds/" + file.getFileName()));
        }
        List<String> map = coverage(texts);
        Path out = ProjectFiles.basedir().resolve("target/line-coverage.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", map) + "\n", StandardCharsets.UTF_8);
        assertEquals(394, map.size(), "all seed lines are mapped (390 line ends, 4 files end without one)");
        Map<String, Integer> byPlace = new TreeMap<>();
        map.forEach(row -> byPlace.merge(row.substring(row.indexOf(" -> ") + 4), 1, Integer::sum));
        System.out.println("line coverage: " + byPlace);
        assertTrue(map.stream().anyMatch(r -> r.startsWith("seeds/004_5ed4e1cf5bccefb4.txt:3 boilerplate")),
                "the press release's letterhead is kept as boilerplate, shown on its page");
        assertTrue(map.stream().anyMatch(r -> r.startsWith("seeds/004_5ed4e1cf5bccefb4.txt:5 header")),
                "the CONTACT line is shown on its page");
    }

    @Test
    void madeUpInputsAreCoveredLineByLine() {
        List<SourceText> texts = List.of(new TextIngester().read("in/release.txt", """
                    Office of the Governor ▪ 1 Main St., Boston, MA ▪ www.example.gov
                CONTACT: Pat Doe, 555-0100
                FOR IMMEDIATE RELEASE March 3, 2020

                Today the Massachusetts task force announced a new effort against the buyers of sex.
                It held a reverse sting in Boston
                last month.
                ###
                """.getBytes(StandardCharsets.UTF_8)));
        List<String> map = coverage(texts);
        assertEquals(8, map.size());
        assertEquals("in/release.txt:1 boilerplate -> line view only", map.get(0));
        assertEquals("in/release.txt:6 body -> line view, document text", map.get(5));
        assertEquals("in/release.txt:8 boilerplate -> line view only", map.get(7));
    }

    private static List<String> coverage(List<SourceText> texts) {
        List<ParsedDocument> parsed = texts.stream().map(PARSER::parse).toList();
        AtlasPipeline.Result built = TestAtlas.of(parsed);
        RenderedSite site = RenderedSite.render(built, RenderOptions.withBaseUrl(LinkCheckTest.BASE));
        List<String> map = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ParsedDocument p = parsed.get(i);
            org.demandatlas.model.Document d = built.atlas().documents().stream()
                    .filter(doc -> doc.file().equals(p.file())).findFirst().orElseThrow();
            Document page = site.page("documents/" + d.id() + "/index.html");
            Document profile = built.atlas().findJurisdiction(String.valueOf(d.jurisdiction()))
                    .filter(Jurisdiction::curated).map(j -> site.page(j.id() + "/index.html")).orElse(null);
            for (int n = 1; n <= texts.get(i).lineCount(); n++) {
                map.add(row(texts.get(i), n, p.lineRoles().get(n - 1), page, profile));
            }
        }
        return map;
    }

    private static String row(SourceText text, int n, LineRole role, Document page, Document profile) {
        String where = text.file() + ":" + n + " " + role.id();
        Element shown = page.getElementById("line-" + n);
        assertTrue(shown != null, where + ": not on its document page");
        assertEquals(role.id(), shown.selectFirst("li > span").text(), where);
        assertEquals(text.line(n), shown.selectFirst("li > code").wholeText(), where);
        String content = squeeze(role == LineRole.CITATION ? titleOf(text.line(n)) : text.line(n));
        List<String> places = new ArrayList<>();
        if (!content.isEmpty() && squeeze(page.select("#text, h1").text()).contains(content)) {
            places.add("document text");
        }
        if (profile != null && !content.isEmpty()) {
            String heading = role == LineRole.SOURCE_CATEGORY ? content.replaceAll(":$", "") : content;
            for (String section : List.of("tactics", "partners", "sources")) {
                if (squeeze(profile.select("#" + section).text()).contains(heading)) {
                    places.add("profile #" + section);
                }
            }
        }
        if (role == LineRole.TRAILER || role == LineRole.HEADER && profile != null) {
            assertTrue(profile != null && !profile.select(".facts, h1").isEmpty(), where);
            places.add("profile facts");
        }
        boolean content_role = List.of(LineRole.NARRATIVE, LineRole.BODY, LineRole.TITLE, LineRole.TACTIC,
                LineRole.PARTNER, LineRole.CITATION, LineRole.SOURCE_CATEGORY).contains(role);
        assertTrue(!content_role || !places.isEmpty(), where + ": its content is shown nowhere but the line view");
        return where + " -> " + (places.isEmpty() ? "line view only" : "line view, " + String.join(", ", places));
    }

    /** A citation's title: what its quotation marks hold (the page writes the date its own way). */
    private static String titleOf(String line) {
        int open = line.indexOf('\u201c');
        int close = line.indexOf('\u201d', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : line;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s•●◦▪‣*·\"“”]+", "").toLowerCase(Locale.ROOT);
    }
}
