package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.TacticEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence, timeline and quality data of the real seeds, as the built site shows and exports them. */
class TrustPagesTest {
    @TempDir
    static Path dir;
    private static Path site;
    private static Atlas atlas;

    @BeforeAll
    static void buildTheSeeds() throws IOException {
        site = dir.resolve("site");
        BuildReport report = SeedsBuildTest.build(site);
        assertEquals(BuildStatus.OK, report.status(), String.join("\n", report.formattedProblems()));
        atlas = AtlasJsonFile.read(site.resolve("data/all.json"));
    }

    static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void allJsonCarriesEvidenceWithSentencesAndLines() {
        TacticEvidence waterbury = atlas.findJurisdiction("ct/waterbury").orElseThrow()
                .findEvidence("identity-disclosure").orElseThrow();
        assertEquals(List.of(true, true, true, 15), List.of(waterbury.listed(), waterbury.described(),
                waterbury.cited(), waterbury.citationCount()));
        assertEquals(23, waterbury.sentences().get(0).line());
    }

    @Test
    void profileShowsMarksInWordsAndSentencesInDetails() throws IOException {
        Element stings = page("ct/hartford/index.html").getElementById("tactic-reverse-stings");
        assertEquals("Listed and corroborated", stings.selectFirst(".evidence-level").text());
        assertEquals("☑ Listed · ✎ Described (2 sentences)", stings.selectFirst(".evidence-marks").text());
        assertEquals("2 supporting sentences", stings.selectFirst("details summary").text());
        Element letters = page("ct/hartford/index.html").getElementById("tactic-letters");
        assertEquals("Described, not listed", letters.selectFirst(".evidence-level").text());
        Element license = page("ct/hartford/index.html").getElementById("tactic-license-suspension");
        assertEquals("Listed only", license.selectFirst(".evidence-level").text());
        assertEquals(null, license.selectFirst("details"));
    }

    @Test
    void stateMatrixTellsCorroboratedFromListedOnly() throws IOException {
        List<Element> rows = page("ct/index.html").select("table.matrix tbody tr");
        Element waterbury = rows.get(1);
        assertEquals("●Listed and corroborated", waterbury.select("td").get(12).text());
        assertEquals("○Listed only", waterbury.select("td").get(2).text());
        assertEquals("◇Described, not listed", rows.get(0).select("td").get(8).text());
    }

    @Test
    void tacticPageCountsLevelsAndListsTheCorroboratedOnly() throws IOException {
        Document page = page("tactics/web-stings/index.html");
        assertEquals(List.of("● Listed and corroborated: 1", "○ Listed only: 2", "◇ Described, not listed: 0"),
                page.select("#evidence .level-counts li").eachText());
        assertEquals(List.of("Windsor Locks, CT"), page.select("#corroborated li a").eachText());
        assertEquals("../../ct/windsor-locks/index.html#tactic-web-stings",
                page.selectFirst("#corroborated li a").attr("href"));
    }
}
