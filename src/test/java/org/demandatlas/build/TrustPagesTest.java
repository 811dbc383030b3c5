package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.TacticEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static List<String> timeline(String file) {
        return atlas.timeline().stream().filter(e -> e.file().equals("seeds/" + file))
                .map(e -> e.date() + " " + String.join(",", e.tactics())).toList();
    }

    @Test
    void waterburyHasItsDatedEvents() {
        assertEquals(List.of("1990 ", "2007 buyer-arrests,reverse-stings", "2013-08 ",
                "2014 ", "2016 "), timeline("002_01b79f9fd5eba329.txt"));
    }

    @Test
    void windsorLocksHasItsDatedEvents() {
        assertEquals(List.of("2013 ", "2013-12 ", "2014 buyer-arrests,reverse-stings",
                "2014-02 buyer-arrests,reverse-stings,web-stings", "2014-02 buyer-arrests,community-service,reverse-stings",
                "2014-02 buyer-arrests,employment-loss", "2014-02 buyer-arrests,reverse-stings", "2017-11 buyer-arrests",
                "2019-10 ", "2022-09 "),
                timeline("003_6da4c138ab00a1bb.txt"));
    }

    @Test
    void hartfordHasReverseStingsSince1980AndJohnSchoolSince2000() throws IOException {
        assertEquals(List.of("1800 ", "1900 ", "1980 reverse-stings", "2000 john-school", "2009 ",
                "2015-07 reverse-stings"), timeline("000_23610c0101512601.txt"),
                "1980 dates the clause of the reverse stings, not the vehicles and identities of the next clause");
        Document page = page("tactics/reverse-stings/index.html");
        assertEquals("Reverse Stings since 1980", page.select("#evidence tbody tr").get(0).select("td").get(2).text());
        Element first = page("ct/hartford/index.html").selectFirst("#timeline li");
        assertEquals("1800", first.selectFirst("time").attr("datetime"));
        assertEquals("the 1800s", first.selectFirst("time").text());
        assertEquals(List.of("the 1800s", "early 1900s"), page("ct/hartford/index.html").select("#timeline li time")
                .eachText().subList(0, 2), "precision as written: \"1800s and early 1900s\"");
        assertEquals("late 1990s", page("ct/waterbury/index.html").selectFirst("#timeline li time").text());
    }

    @Test
    void theAtlasIsAsOfItsNewestStatementAndEachPageAsOfItsOwn() throws IOException {
        assertEquals("2022-09", atlas.dataDate(), "Windsor Locks reports September 2022");
        assertEquals("2022-09", asOf("index.html"));
        assertEquals("2015-07", asOf("ct/hartford/index.html"));
        assertEquals("2022-09", asOf("ct/windsor-locks/index.html"));
        assertEquals("2016", asOf("ct/waterbury/index.html"));
        assertEquals(null, asOf("ct/west-hartford/index.html"), "the article states no date");
        assertEquals("2017-01-11", asOf("documents/ct-press-release/index.html"));
        assertTrue(page("ct/windsor-locks/index.html").select("#cite pre").get(0).text()
                .contains("data as of 2022-09, release 2022-09-"));
    }

    private static String asOf(String file) throws IOException {
        Element time = page(file).selectFirst("footer time");
        return time == null ? null : time.attr("datetime");
    }

    @Test
    void sinceOnlyWhereASentenceSaysThePracticeBeganElseTheEarliestDatedMention() throws IOException {
        Map<String, String> dated = new java.util.TreeMap<>();
        page("tactics/reverse-stings/index.html").select("#evidence tbody tr").forEach(r -> dated.put(
                r.selectFirst("th").text(), r.select("td").get(2).text()));
        assertEquals(Map.of("Hartford", "Reverse Stings since 1980",
                "Waterbury", "1998 (earliest dated mention, a cited source)",
                "Windsor Locks", "2014 (earliest dated mention)"), dated,
                "Waterbury's 2007 sting is not its start: its citations go back to 1998");
        assertEquals("John School since 2000", page("tactics/john-school/index.html")
                .select("#evidence tbody tr").get(0).select("td").get(2).text());
    }

    @Test
    void eventsAboutNeighbouringPlacesAreShownWithTheirPlacesAndNotCountedAsTheProfiles() throws IOException {
        List<String> elsewhere = atlas.timeline().stream().filter(e -> e.file().equals("seeds/003_6da4c138ab00a1bb.txt")
                && e.jurisdiction() == null).map(e -> e.date()).toList();
        assertEquals(List.of("2019-10", "2022-09"), elsewhere, "East Windsor and East Hartford, not Windsor Locks");
        List<String> notes = page("ct/windsor-locks/index.html").select("#timeline .places").eachText();
        assertTrue(notes.contains("Places named: East Windsor; not counted as an event of Windsor Locks."), notes
                .toString());
        assertTrue(notes.contains("Places named: East Hartford; not counted as an event of Windsor Locks."), notes
                .toString());
    }

    @Test
    void statePageShowsTheTimelineOfAllItsDocuments() throws IOException {
        List<Element> events = page("ct/index.html").select("#timeline li");
        assertEquals(atlas.timeline().size(), events.size());
        Element release = events.stream().filter(e -> e.selectFirst("time").attr("datetime").equals("2017-01-11"))
                .findFirst().orElseThrow();
        assertEquals("January 11, 2017 Press release: Connecticut Trafficking in Persons Council, January 11, 2017 "
                + "(Official press release): FOR IMMEDIATE RELEASE Jan. 11, 2017 Source: seeds/004_5ed4e1cf5bccefb4.txt:15",
                release.text());
        assertEquals("../documents/ct-press-release/index.html#line-15", release.selectFirst("code a").attr("href"));
    }

    private static List<String> qualityRows(Document page, String kind) {
        return page.select("#" + kind + " tbody tr").stream().map(r -> r.selectFirst("a").attr("href") + " | "
                + r.select("td").get(0).text() + " | " + r.select("td").get(1).text()).toList();
    }

    @Test
    void qualityPageNamesFileLineAndSectionOfEachFinding() throws IOException {
        Document page = page("quality/index.html");
        assertEquals(List.of("../ct/waterbury/index.html#narrative | narrative says 114,000, trailer says 113,811 "
                        + "(0.2% apart; within the 2% tolerance, a rounded figure) | seeds/002_01b79f9fd5eba329.txt:21",
                "../ct/windsor-locks/index.html#narrative | narrative says 13,000, trailer says 12,876 (1.0% apart; "
                        + "within the 2% tolerance, a rounded figure) | seeds/003_6da4c138ab00a1bb.txt:19"),
                qualityRows(page, "population"));
        assertEquals("../ct/hartford/index.html#tactic-license-suspension | 'License Suspension' is listed but "
                + "neither described in the narrative nor cited | seeds/000_23610c0101512601.txt:14",
                qualityRows(page, "listed-not-described").get(4));
        assertEquals(21, qualityRows(page, "listed-not-described").size(),
                "Waterbury's residents' complaints that prompt operations now describe Neighborhood Action");
        assertEquals("../ct/windsor-locks/index.html#sources-2 | Key Sources heading 'Web-Based Reverse Stings, "
                + "Identity Disclosure' has no citation | seeds/003_6da4c138ab00a1bb.txt:36",
                qualityRows(page, "empty-source-category").get(5));
        assertEquals(9, qualityRows(page, "empty-source-category").size());
        assertEquals(List.of("../ct/waterbury/index.html | citation without bullet | "
                + "seeds/002_01b79f9fd5eba329.txt:47"), qualityRows(page, "parser-warning").subList(2, 3));
        assertEquals("None found.", page.selectFirst("#unknown-tactic p.muted").text());
    }

    @Test
    void qualityJsonHoldsTheSameFindings() throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(site.resolve("data/quality.json").toFile());
        assertEquals(35, report.get("total").asInt());
        JsonNode first = report.get("items").get(0);
        assertEquals("listed-not-described ct/hartford seeds/000_23610c0101512601.txt 9 "
                + "/ct/hartford/#tactic-public-education", first.get("kind").asString() + " "
                + first.get("jurisdiction").asString() + " " + first.get("file").asString() + " "
                + first.get("line").asInt() + " " + first.get("link").asString());
    }

    @Test
    void aboutPageAndFooterLinkTheQualityReport() throws IOException {
        assertEquals("../quality/index.html", page("about/index.html").selectFirst("#quality p a").attr("href"));
        assertEquals("../../quality/index.html", page("ct/hartford/index.html")
                .select("footer.site-footer a").stream().filter(a -> a.text().equals("Data quality")).findFirst()
                .orElseThrow().attr("href"));
    }

    @Test
    void statePageListsEveryStatuteWithItsOfficialLinkAndDocuments() throws IOException {
        List<Element> items = page("ct/index.html").select("#statutes li");
        assertEquals(List.of("§53a-192a (written 53a-192a, Sec. 53a-192a) — cited in Press release: "
                        + "Connecticut Trafficking in Persons Council, January 11, 2017 (Official press release)",
                "§53a-83(c) (written 53a-83(c), Sec. 53a-83(c)) — cited in Press release: Connecticut "
                        + "Trafficking in Persons Council, January 11, 2017 (Official press release)",
                "§§53a-82 to 53a-90 (written §53a-82 to §53a-90) — cited in Understanding Prostitution in West "
                        + "Hartford: Laws, Risks, and Resources (Unverified web article)"),
                items.stream().map(Element::text).toList());
        assertEquals("https://www.cga.ct.gov/current/pub/chap_952.htm#sec_53a-192a",
                items.get(0).selectFirst("a[rel=external]").attr("href"));
    }

    @Test
    void pressReleaseIsAnOfficialDocumentWithItsRecommendationsAsWritten() throws IOException {
        Document page = page("documents/ct-press-release/index.html");
        assertEquals("Official state-level document.", page.selectFirst(".notice-official strong").text());
        assertEquals(0, page.select("#text ol").size(), "the release's recommendations are bulleted, not numbered");
        assertTrue(page.selectFirst(".title-note").text().contains("the atlas’s"), "the made-up title is marked");
        List<String> recommendations = page.select("ul.recommendations li").eachText();
        assertEquals(4, recommendations.size());
        assertEquals("Recommend further discussion on revising Sec. 53a-192a, Trafficking in persons, to include",
                recommendations.get(3).substring(0, 90));
        assertEquals(2, page.select("#text ul").size(), "the report's highlights and recommendations stay bulleted");
        assertEquals(List.of("Connecticut Trafficking in Persons Council Issuer",
                "Connecticut Coalition Against Domestic Violence", "Department of Children and Families",
                "DCF’s Human Anti-Trafficking Response Team", "Alliance to End Sexual Violence",
                "Connecticut Sentencing Commission", "Special Committee on Sex Offender",
                "Subcommittee on Sex Offender Sentencing"),
                page.select("#organisations li").eachText());
    }

    @Test
    void articleStatisticsAreMarkedAsUnsourcedClaims() throws IOException {
        Document page = page("documents/ct-west-hartford-article/index.html");
        List<Element> claims = page.select("#claims li");
        assertEquals("Unsourced claim Under Connecticut General Statutes §53a-82 to §53a-90, both soliciting and "
                + "engaging in sexual acts for compensation are criminal offenses punishable by fines up to $2,000 "
                + "and imprisonment for up to 1 year for first-time offenders.", claims.get(0).text());
        assertEquals(null, page("documents/ct-press-release/index.html").getElementById("claims"));
    }

    @Test
    void allJsonCarriesTheStatuteReferences() {
        assertEquals(List.of("ct-west-hartford-article §§53a-82 to 53a-90", "ct-press-release §53a-192a",
                "ct-press-release §53a-83(c)", "ct-press-release §53a-83(c)", "ct-press-release §53a-83(c)",
                "ct-press-release §53a-192a"), atlas.statutes().stream().map(r -> r.document() + " " + r.label())
                .sorted((a, b) -> Boolean.compare(a.startsWith("ct-press"), b.startsWith("ct-press"))).toList());
    }

    @Test
    void documentPagesListTheirOwnStatutes() throws IOException {
        assertEquals(List.of("§§53a-82 to 53a-90"),
                page("documents/ct-west-hartford-article/index.html").select("#statutes li a").eachText());
        assertEquals(List.of("§53a-192a", "§53a-83(c)"),
                page("documents/ct-press-release/index.html").select("#statutes li a").eachText());
    }

    @Test
    void allJsonCarriesEvidenceWithSentencesAndLines() {
        TacticEvidence waterbury = atlas.findEvidence("ct/waterbury", "identity-disclosure").orElseThrow();
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
