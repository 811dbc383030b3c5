package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Block;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.TacticUse;
import org.junit.jupiter.api.Test;

/** Ingest and parser together: encodings, line ends and spaces must not change what is read or where. */
class EndToEndTest {
    private static final String PROFILE = Fixtures.profile("The city fined buyers $2,000 (see $1 and \\1).");

    private static ParsedDocument parseBytes(byte[] bytes) {
        return Fixtures.PARSER.parse(new TextIngester().read(Fixtures.FILE, bytes));
    }

    private static String narrative(ParsedDocument parsed) {
        return parsed.jurisdiction().narrative().get(0).text();
    }

    @Test
    void nbspAsTheOnlySeparatorBetweenWordsParsesLikeSpaces() {
        String nbsp = PROFILE.replace(' ', '\u00a0');
        ParsedDocument parsed = Fixtures.parse(nbsp);
        ParsedDocument plain = Fixtures.parse(PROFILE);
        assertEquals(plain.jurisdiction(), parsed.jurisdiction());
        assertEquals(plain.lineRoles(), parsed.lineRoles());
        assertEquals(List.of(), problems(parsed));
        assertEquals("Hartford Police Department", parsed.jurisdiction().partners().get(0).name());
        assertEquals(List.of("reverse-stings"), parsed.jurisdiction().tactics().stream().map(TacticUse::id).toList());
    }

    @Test
    void otherUnicodeSpacesAndTabsToo() {
        String spaced = PROFILE.replace("Tactics Used", "Tactics\u2007Used").replace("Type City", "Type\u202FCity")
                .replace("Population 124563", "Population\t124563");
        assertEquals(Fixtures.parse(PROFILE).jurisdiction(), Fixtures.parse(spaced).jurisdiction());
    }

    @Test
    void dollarSignsAndBackslashesStayAsWritten() {
        assertEquals("The city fined buyers $2,000 (see $1 and \\1).", narrative(Fixtures.parse(PROFILE)));
    }

    @Test
    void crlfAndLoneCrLineEndsKeepLineNumbers() {
        ParsedDocument lf = Fixtures.parse(PROFILE);
        ParsedDocument crlf = Fixtures.parse(PROFILE.replace("\n", "\r\n"));
        ParsedDocument cr = Fixtures.parse(PROFILE.replace("\n", "\r"));
        assertEquals(lf.jurisdiction(), crlf.jurisdiction());
        assertEquals(lf.jurisdiction(), cr.jurisdiction());
        assertEquals(lf.lineRoles(), cr.lineRoles());
        assertEquals(7, crlf.jurisdiction().narrative().get(0).line());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheHeader() {
        byte[] text = PROFILE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        ParsedDocument parsed = parseBytes(withBom);
        assertEquals("ct/hartford", parsed.jurisdiction().id());
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void windows1252FileIsReadWithAWarningAndParsed() {
        String text = Fixtures.profile("He said \u201Cno\u201D \u2013 and that was all.");
        ParsedDocument parsed = parseBytes(text.getBytes(Charset.forName("windows-1252")));
        assertEquals("He said \u201Cno\u201D \u2013 and that was all.", narrative(parsed));
        assertEquals(List.of("t.txt:7:9: warning: not valid UTF-8; read as Windows-1252"), problems(parsed));
    }

    @Test
    void problemsFromIngestAndParserComeSortedTogether() {
        String text = "Hartford, CT\n\nTactics Used\n\nCrystal balls\n\n" + "x".repeat(100_001)
                + "\n\nState Connecticut\nType City\nPopulation 1";
        ParsedDocument parsed = Fixtures.parse(text);
        assertEquals(List.of("t.txt:5:1: warning: unknown tactic 'Crystal balls' (expected one of the taxonomy's"
                + " names or synonyms)", "t.txt:7:1: error: line is 100001 characters long (expected at most 100000)"),
                problems(parsed));
        assertEquals(LineRole.BLANK, parsed.lineRoles().get(6));
        assertEquals(List.of(), parsed.jurisdiction().narrative());
    }

    @Test
    void unknownStateCodeIsAnErrorAtTheCodeAndGivesNoDocument() {
        ParsedDocument parsed = Fixtures.parse(PROFILE.replace("Hartford, CT", "Hartford, XX"));
        assertNull(parsed.document());
        assertNull(parsed.jurisdiction());
        assertEquals(List.of("t.txt:1:11: error: unknown state code 'XX' (expected a two-letter U.S. state code such"
                + " as CT)"), problems(parsed));
        assertEquals(LineRole.HEADER, parsed.lineRoles().get(0));
    }

    @Test
    void pathTraversalInANameIsAcceptedAsTextWithASafeSlug() {
        ParsedDocument parsed = Fixtures.parse(PROFILE.replace("Hartford, CT", "../../etc/passwd, CT"));
        assertEquals("ct/etc-passwd", parsed.jurisdiction().id());
        assertEquals("../../etc/passwd", parsed.jurisdiction().name());
        assertEquals("ct-etc-passwd-profile", parsed.document().id());
        assertEquals(List.of("t.txt:1:3: warning: unusual character '/' in name '../../etc/passwd' (expected letters,"
                + " digits, spaces and . - ' \u2019 ( ) &)"), problems(parsed));
    }

    @Test
    void scriptInANameIsAcceptedAsTextForTheRendererToEscape() {
        ParsedDocument parsed = Fixtures.parse(PROFILE.replace("Hartford, CT", "<script>alert(1)</script>, CT"));
        assertEquals("<script>alert(1)</script>", parsed.jurisdiction().name());
        assertEquals("ct/script-alert-1-script", parsed.jurisdiction().id());
        assertEquals("<script>alert(1)</script>, CT", parsed.document().title());
        assertEquals(List.of("t.txt:1:1: warning: unusual character '<' in name '<script>alert(1)</script>'"
                + " (expected letters, digits, spaces and . - ' \u2019 ( ) &)"), problems(parsed));
    }

    @Test
    void nonAsciiNamesGetAsciiSlugs() {
        ParsedDocument parsed = Fixtures.parse(PROFILE.replace("Hartford, CT", "Espa\u00f1ola, NM")
                .replace("State Connecticut", "State New Mexico"));
        assertEquals("nm/espanola", parsed.jurisdiction().id());
        assertEquals("nm-espanola-profile", parsed.document().id());
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void nameTooLongIsAnError() {
        String name = "A".repeat(61);
        ParsedDocument parsed = Fixtures.parse(PROFILE.replace("Hartford", name));
        assertNull(parsed.document());
        assertEquals(List.of("t.txt:1:1: error: name is 61 characters long (expected at most 60)"), problems(parsed));
        ParsedDocument ampersands = Fixtures.parse(PROFILE.replace("Hartford", "A&B&C&D&E&F&G&H&I&J&K&L&M&N&O"));
        assertEquals(List.of("t.txt:1:1: error: name 'A&B&C&D&E&F&G&H&I&J&K&L&M&N&O' makes a document id too long"
                + " (expected a shorter name)"), problems(ampersands));
    }

    @Test
    void stateLevelArticleAndArticleWithStateInTitle() {
        ParsedDocument state = Fixtures.parseLines("Prostitution in Connecticut: What to Know", "Is it legal?",
                "No.");
        assertEquals("ct-article", state.document().id());
        assertEquals("ct", state.document().jurisdiction());
        assertNull(state.jurisdiction());
        ParsedDocument county = Fixtures.parseLines("Sex Buying in Polk County, FL", "Is it legal?", "No.");
        assertEquals("fl-polk-county-article", county.document().id());
        assertEquals("fl/polk-county", county.jurisdiction().id());
        assertEquals(List.of(), problems(county));
        assertEquals("article: title 'Sex Buying in Polk County, FL', 1 question heading, no profile sections or"
                + " press-release markers; about Polk County (from the title), Florida (from the title)",
                county.document().classification());
    }

    @Test
    void articlePlaceTooLongForAnIdIsAnError() {
        String place = "Lake " + "Winnipesaukee".repeat(6);
        ParsedDocument parsed = Fixtures.parseLines("Prostitution in " + place, "Is it legal in New Hampshire?",
                "No.");
        assertNull(parsed.document());
        assertEquals(List.of("t.txt:1:1: error: place name 'Lake WinnipesaukeeWinnipesaukeeWinnipesaukeeWinnipesaukee"
                + "Win\u2026' makes a document id too long (expected a shorter name)"), problems(parsed));
    }

    @Test
    void articleWithoutAnyStateIsAnError() {
        ParsedDocument parsed = Fixtures.parseLines("A Guide to Nowhere", "Is it legal?", "No.");
        assertNull(parsed.document());
        assertEquals(List.of("t.txt:1:1: error: article names no U.S. state (expected a state name such as Connecticut"
                + " in its title or text)"), problems(parsed));
    }

    @Test
    void pressReleaseWithoutStateDateOrIssuerAndWithAnEndMark() {
        ParsedDocument parsed = Fixtures.parseLines("PRESS RELEASE", "", "The Ohio task force met today.", "", "###");
        assertEquals("oh-press-release", parsed.document().id());
        assertNull(parsed.document().date());
        assertEquals("Press release: Ohio", parsed.document().title());
        assertEquals(List.of(new Block(org.demandatlas.model.BlockKind.PARAGRAPH, "The Ohio task force met today.", 3)),
                parsed.document().body());
        assertEquals(List.of(LineRole.HEADER, LineRole.BLANK, LineRole.BODY, LineRole.BLANK, LineRole.BOILERPLATE),
                parsed.lineRoles());
        ParsedDocument nowhere = Fixtures.parseLines("PRESS RELEASE", "Nothing here.");
        assertEquals(List.of("t.txt:0:0: error: press release names no U.S. state (expected a state name such as"
                + " Connecticut)"), problems(nowhere));
    }

    @Test
    void pressReleaseWithAnImpossibleDate() {
        ParsedDocument parsed = Fixtures.parseLines("FOR IMMEDIATE RELEASE Feb. 30, 2017", "Text about Texas.");
        assertNull(parsed.document().date());
        assertEquals(DocumentKind.PRESS_RELEASE, parsed.document().kind());
        assertEquals(List.of("t.txt:1:23: error: invalid date 'Feb. 30, 2017' (expected a real calendar date such as"
                + " Jan. 11, 2017)"), problems(parsed));
    }

    @Test
    void textMadeWithoutIngestThatIsBlankIsStillReported() {
        ParsedDocument parsed = Fixtures.PARSER.parse(Fixtures.source("", " "));
        assertNull(parsed.document());
        assertEquals(List.of(LineRole.BLANK, LineRole.BLANK), parsed.lineRoles());
        assertEquals(List.of("t.txt:0:0: error: file is empty (expected a profile, article or press release)"),
                problems(parsed));
    }

    @Test
    void unclassifiedFileGivesEveryLineARoleAndOneError() {
        ParsedDocument parsed = Fixtures.parseLines("X", "Hartford, CT", "", "some text");
        assertEquals(List.of(LineRole.JUNK, LineRole.HEADER, LineRole.BLANK, LineRole.JUNK), parsed.lineRoles());
        assertEquals(List.of("t.txt:1:1: warning: stray line 'X' before the document starts; ignored",
                "t.txt:2:1: error: header 'Hartford, CT' is not followed by any profile section or trailer (expected"
                        + " Tactics Used, Key Partners, Key Sources or State, Type and Population lines)"),
                problems(parsed));
    }

    @Test
    void controlCharacterWarningFromIngestIsKept() {
        ParsedDocument parsed = parseBytes(PROFILE.replace("Reverse stings", "Reverse\u0007stings")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("t.txt:5:8: warning: control character U+0007 read as a space"), problems(parsed));
        assertEquals("reverse-stings", parsed.jurisdiction().tactics().get(0).id());
    }
}
