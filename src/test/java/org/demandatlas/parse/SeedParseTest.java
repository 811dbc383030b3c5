package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.demandatlas.parse.Fixtures.roleCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.SourceText;
import org.demandatlas.model.TacticUse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Exact expectations on the five seeds, read through ingest and the parser as the build reads them. */
class SeedParseTest {
    private static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");
    private static final String HARTFORD = "000_23610c0101512601.txt";
    private static final String WEST_HARTFORD = "001_60efec2dbb28c6c2.txt";
    private static final String WATERBURY = "002_01b79f9fd5eba329.txt";
    private static final String WINDSOR_LOCKS = "003_6da4c138ab00a1bb.txt";
    private static final String PRESS_RELEASE = "004_5ed4e1cf5bccefb4.txt";

    private static ParsedDocument seed(String name) {
        SourceText text = new TextIngester().read(SEEDS.resolve(name), "seeds/" + name);
        return Fixtures.PARSER.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {HARTFORD, WEST_HARTFORD, WATERBURY, WINDSOR_LOCKS, PRESS_RELEASE})
    void everyLineHasExactlyOneRoleAndNoSeedHasErrors(String name) {
        ParsedDocument parsed = seed(name);
        SourceText text = new TextIngester().read(SEEDS.resolve(name), "seeds/" + name);
        assertEquals(text.lineCount(), parsed.lineRoles().size());
        assertFalse(parsed.hasErrors(), () -> problems(parsed).toString());
        assertTrue(parsed.findDocument().isPresent());
        assertEquals("seeds/" + name, parsed.document().file());
        assertEquals(text.sha256(), parsed.document().sha256());
    }

    @Test
    void seedWarningsAreExactlyTheseFour() {
        assertEquals(List.of(), problems(seed(HARTFORD)));
        assertEquals(List.of("seeds/001_60efec2dbb28c6c2.txt:1:1: warning: stray line 'X' before the document"
                        + " starts; ignored",
                "seeds/001_60efec2dbb28c6c2.txt:78:1: warning: dangling line 'Professional:' at the end introduces"
                        + " nothing; left out"), problems(seed(WEST_HARTFORD)));
        assertEquals(List.of("seeds/002_01b79f9fd5eba329.txt:47:5: warning: citation without bullet"),
                problems(seed(WATERBURY)));
        assertEquals(List.of(), problems(seed(WINDSOR_LOCKS)));
        assertEquals(List.of(), problems(seed(PRESS_RELEASE)));
    }

    @Test
    void hartfordProfile() {
        ParsedDocument parsed = seed(HARTFORD);
        Document document = parsed.document();
        assertEquals("ct-hartford-profile", document.id());
        assertEquals(DocumentKind.PROFILE, document.kind());
        assertEquals("profile: header 'Hartford, CT', sections Tactics Used, Key Partners, Key Sources and trailer"
                + " State/Type/Population", document.classification());
        assertEquals("Hartford, CT", document.title());
        assertEquals("ct/hartford", document.jurisdiction());
        assertNull(document.date());
        Jurisdiction hartford = parsed.jurisdiction();
        assertEquals("ct/hartford", hartford.id());
        assertTrue(hartford.curated());
        assertEquals(JurisdictionType.CITY, hartford.type());
        assertEquals(124563L, hartford.population());
        assertEquals(List.of("buyer-arrests", "reverse-stings", "auto-seizure", "community-service",
                "public-education", "neighborhood-action", "soap-orders", "john-school", "web-stings",
                "license-suspension"), hartford.tactics().stream().map(TacticUse::id).toList());
        assertEquals(new TacticUse("reverse-stings", "Reverse Stings", "Reverse stings", true, 6),
                hartford.tactics().get(1));
        assertEquals(List.of("Hartford Police Department", "Community Court (State of Connecticut, Judicial Branch)",
                "AIDS Project Hartford", "End Demand Connecticut"),
                hartford.partners().stream().map(p -> p.name()).toList());
        assertEquals("community-court-state-of-connecticut-judicial-branch", hartford.partners().get(1).id());
        assertEquals(List.of(), hartford.sources());
        assertEquals(0, hartford.citationCount());
        assertEquals(List.of("ct-hartford-profile"), hartford.documents());
        assertEquals(document.body(), hartford.narrative());
    }

    @Test
    void hartfordNarrativeKeepsHeadingQuotesAndTheIntroducingParagraph() {
        List<Block> narrative = seed(HARTFORD).jurisdiction().narrative();
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE), narrative.stream().map(Block::kind).toList());
        assertEquals(new Block(BlockKind.HEADING, "John Protocol", 24), narrative.get(4));
        assertTrue(narrative.get(1).text().endsWith("gather information from arrestees. He noted:"));
        assertTrue(narrative.get(2).text().startsWith("\u201CRarely do we do any of these operations where they\u2019re"));
        assertTrue(narrative.get(6).text().contains("known in common parlance as \u201Cjohns.\u201D The bottom line"));
        assertTrue(narrative.get(6).text().endsWith("has not seen one recidivist from the protocol.\u201D"));
        assertTrue(narrative.get(0).text().contains("transactions. Historians"), "NBSP runs become one space");
        assertTrue(narrative.get(5).text().contains("AIDS Project Hartford. In addition"));
    }

    @Test
    void hartfordLineRoles() {
        List<LineRole> roles = seed(HARTFORD).lineRoles();
        assertEquals(Map.of(LineRole.HEADER, 1, LineRole.BLANK, 13, LineRole.SECTION_HEADING, 3, LineRole.TACTIC, 10,
                LineRole.NARRATIVE, 7, LineRole.PARTNER, 4, LineRole.TRAILER, 3, LineRole.BOILERPLATE, 1),
                roleCounts(roles));
        assertEquals(LineRole.BOILERPLATE, roles.get(41));
        assertEquals(LineRole.SECTION_HEADING, roles.get(36));
    }

    @Test
    void waterburyProfileWithSixteenCitations() {
        Jurisdiction waterbury = seed(WATERBURY).jurisdiction();
        assertEquals("ct/waterbury", waterbury.id());
        assertEquals(113811L, waterbury.population());
        assertEquals(15, waterbury.tactics().size());
        assertTrue(waterbury.tactics().stream().allMatch(TacticUse::known));
        assertEquals(List.of(), waterbury.partners());
        assertEquals(3, waterbury.narrative().size());
        assertEquals(16, waterbury.citationCount());
        List<SourceCategory> sources = waterbury.sources();
        assertEquals(List.of("Sex Buyer Arrests", "Street-Level Reverse Stings, Identity Disclosure",
                "Sex Buyer Fired and/or Resigned Due to Arrest",
                "Sex Trafficking and Child Sexual Exploitation in the Area",
                "Documented Violence Against Individuals Engaged in Prostitution in the Area",
                "Background on Prostitution in the Area"), sources.stream().map(SourceCategory::category).toList());
        assertEquals(List.of(1, 15, 0, 0, 0, 0), sources.stream().map(s -> s.citations().size()).toList());
        assertEquals(List.of(List.of("buyer-arrests"), List.of("reverse-stings", "identity-disclosure"),
                List.of("employment-loss"), List.of(), List.of(), List.of()),
                sources.stream().map(SourceCategory::tactics).toList());
        assertEquals(new Citation("Spa Patrons Also Nabbed; Court Crammed after 33 Massage Parlor Arrests",
                "Waterbury Republican-American", "2006-04-29", "\u201CSpa Patrons Also Nabbed; Court Crammed after 33"
                + " Massage Parlor Arrests,\u201D Waterbury Republican-American, April 29 2006.", 31),
                sources.get(0).citations().get(0));
    }

    @Test
    void waterburyCitationsAllHaveIsoDatesIncludingTheBulletlessOne() {
        List<Citation> citations = seed(WATERBURY).jurisdiction().sources().get(1).citations();
        assertTrue(citations.stream().allMatch(c -> c.date() != null && c.date().matches("\\d{4}-\\d{2}-\\d{2}")));
        Citation cbs = citations.get(8);
        assertEquals("Prostitution Sting Nets 40", cbs.title());
        assertEquals("CBS/WFSB-TV 3", cbs.publisher());
        assertEquals("2007-06-04", cbs.date());
        Citation bulletless = citations.get(12);
        assertEquals(47, bulletless.line());
        assertEquals("Lessons Not Learned; Thirty-Nine More Johns Busted in 2nd Waterbury Sting in as Many Months",
                bulletless.title());
        assertEquals("2008-06-30", bulletless.date());
        assertEquals("Cops Nab Prostitutes\u2019 Customers", citations.get(0).title());
        assertEquals("Sting: 33 Johns, 7 Prostitutes; Police Crack down on Activity in Hillside Area",
                citations.get(6).title());
    }

    @Test
    void waterburyLineRoles() {
        assertEquals(Map.of(LineRole.HEADER, 1, LineRole.BLANK, 15, LineRole.SECTION_HEADING, 2, LineRole.TACTIC, 15,
                LineRole.NARRATIVE, 3, LineRole.SOURCE_CATEGORY, 6, LineRole.CITATION, 16, LineRole.TRAILER, 4,
                LineRole.BOILERPLATE, 1), roleCounts(seed(WATERBURY).lineRoles()));
    }

    @Test
    void windsorLocksProfileWithEmptyPartnersAndFiveEmptyCategories() {
        ParsedDocument parsed = seed(WINDSOR_LOCKS);
        Jurisdiction windsorLocks = parsed.jurisdiction();
        assertEquals("ct/windsor-locks", windsorLocks.id());
        assertEquals("ct-windsor-locks-profile", parsed.document().id());
        assertEquals(13, windsorLocks.tactics().size());
        assertEquals(List.of(), windsorLocks.partners());
        assertEquals(12876L, windsorLocks.population());
        assertEquals(List.of("Reverse Sting", "Web-Based Reverse Stings, Identity Disclosure", "Community Service",
                "Sex Buyer Fired or Resigned Due to Arrest", "Sex Trafficking and Child Sexual Exploitation in the Area"),
                windsorLocks.sources().stream().map(SourceCategory::category).toList());
        assertTrue(windsorLocks.sources().stream().allMatch(s -> s.citations().isEmpty()));
        assertEquals(List.of("web-stings", "identity-disclosure"), windsorLocks.sources().get(1).tactics());
        assertEquals(5, windsorLocks.narrative().size());
        assertTrue(windsorLocks.narrative().stream().allMatch(b -> b.kind() == BlockKind.PARAGRAPH));
        assertEquals(Map.of(LineRole.HEADER, 1, LineRole.BLANK, 16, LineRole.SECTION_HEADING, 3, LineRole.TACTIC, 13,
                LineRole.NARRATIVE, 5, LineRole.SOURCE_CATEGORY, 5, LineRole.TRAILER, 3, LineRole.BOILERPLATE, 1),
                roleCounts(parsed.lineRoles()));
    }

    @Test
    void westHartfordIsAnArticleWithANonCuratedStub() {
        ParsedDocument parsed = seed(WEST_HARTFORD);
        Document article = parsed.document();
        assertEquals("ct-west-hartford-article", article.id());
        assertEquals(DocumentKind.ARTICLE, article.kind());
        assertFalse(article.curated());
        assertEquals("Understanding Prostitution in West Hartford: Laws, Risks, and Resources", article.title());
        assertEquals("article: title 'Understanding Prostitution in West Hartford: Laws, Risks, and Resources',"
                + " 8 question headings, no profile sections or press-release markers; about West Hartford (from the"
                + " title), Connecticut (most-mentioned state, 3 mentions)", article.classification());
        assertEquals("ct/west-hartford", article.jurisdiction());
        assertEquals(new Jurisdiction("ct/west-hartford", "West Hartford", Fixtures.STATES.requireByCode("CT"),
                null, null, false, List.of(), List.of(), List.of(), List.of(),
                List.of("ct-west-hartford-article")), parsed.jurisdiction());
    }

    @Test
    void westHartfordBodyKeepsQuestionsParagraphsAndBulletsButNotProfessional() {
        ParsedDocument parsed = seed(WEST_HARTFORD);
        List<Block> body = parsed.document().body();
        assertEquals(8, body.stream().filter(b -> b.kind() == BlockKind.HEADING).count());
        assertEquals(9, body.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).count());
        assertEquals(new Block(BlockKind.HEADING, "Is prostitution legal in West Hartford?", 5), body.get(0));
        assertEquals(new Block(BlockKind.LIST_ITEM, "John stings using undercover officers", 11), body.get(3));
        assertTrue(body.get(1).text().contains("fines up to $2,000 and imprisonment"));
        assertTrue(body.stream().noneMatch(b -> b.text().contains("Professional")));
        assertEquals(LineRole.BOILERPLATE, parsed.lineRoles().get(77));
        assertEquals(LineRole.JUNK, parsed.lineRoles().get(0));
        assertEquals(LineRole.TITLE, parsed.lineRoles().get(2));
        assertEquals(Map.of(LineRole.JUNK, 1, LineRole.TITLE, 1, LineRole.BODY, 41, LineRole.BOILERPLATE, 1,
                LineRole.BLANK, 34), roleCounts(parsed.lineRoles()));
    }

    @Test
    void pressReleaseAboutConnecticut() {
        ParsedDocument parsed = seed(PRESS_RELEASE);
        Document release = parsed.document();
        assertEquals("ct-press-release", release.id());
        assertEquals(DocumentKind.PRESS_RELEASE, release.kind());
        assertEquals("ct", release.jurisdiction());
        assertNull(parsed.jurisdiction());
        assertEquals("2017-01-11", release.date());
        assertEquals("Press release: Connecticut Trafficking in Persons Council, January 11, 2017", release.title());
        assertEquals("press release: markers CONTACT:, FOR IMMEDIATE RELEASE; about Connecticut (most-mentioned"
                + " state, 11 mentions)", release.classification());
    }

    @Test
    void pressReleaseAddressIsLetterheadNotAProfileHeader() {
        List<LineRole> roles = seed(PRESS_RELEASE).lineRoles();
        assertEquals(LineRole.BOILERPLATE, roles.get(2));
        assertEquals(LineRole.HEADER, roles.get(4));
        assertEquals(LineRole.HEADER, roles.get(14));
        assertEquals(Map.of(LineRole.BLANK, 102, LineRole.BOILERPLATE, 1, LineRole.HEADER, 2, LineRole.BODY, 59),
                roleCounts(roles));
    }

    @Test
    void pressReleaseBodyIsRejoinedIntoWholeSentences() {
        List<Block> body = seed(PRESS_RELEASE).document().body();
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM), body.stream().map(Block::kind).toList());
        assertEquals("HARTFORD \u2013 For too long, the onus for the crime of prostitution has fallen on the"
                + " prostitute, not the buyer of sex. The Connecticut Trafficking in Persons Council (TIP) is changing"
                + " that.", body.get(1).text());
        assertEquals(25, body.get(1).line());
        assertEquals("\u201CThe sex trafficking of Connecticut\u2019s women, men, and children is driven by demand"
                + " for the commercial sex acts they perform. Put simply, without \u2018buyers\u2019 to purchase sex"
                + " there would be no sex-for-pay industry. So, we are embarking on an \u2018End Demand\u2019 campaign"
                + " to bring much needed attention to those buying sex who create the demand that fuels sex"
                + " trafficking.\u201D", body.get(4).text());
        assertTrue(body.get(14).text().contains("consider whether to include 53a-192a. Trafficking in persons and"
                + " 53a-83(c), Patronizing"), body.get(14).text());
        assertTrue(body.get(14).text().startsWith("Recommend that the Connecticut Sentencing Commission"));
        assertTrue(body.get(8).text().endsWith("for the felony. Significantly, DCF has seen an increase in the"
                + " trafficking of children; currently, there are 456 referrals for children at high risk of"
                + " trafficking."));
        assertTrue(body.stream().noneMatch(b -> b.text().contains("  ")));
    }
}
