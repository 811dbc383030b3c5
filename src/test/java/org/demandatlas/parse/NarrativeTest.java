package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.LineRole;
import org.junit.jupiter.api.Test;

/** Headings, paragraphs, quotations, list items and repeats, in profile narratives and article bodies. */
class NarrativeTest {
    private static final String PARAGRAPH = "The police ran a reverse sting in 2015 and arrested twelve men.";

    private static String paragraph(int number) {
        return "Paragraph " + number + " tells what the police did in " + (2000 + number) + ".";
    }

    private static List<Block> build(HeadingRule rule, String... lines) {
        return build(Fixtures.context(lines), rule);
    }

    private static List<Block> build(ParseContext context, HeadingRule rule) {
        List<RawBlock> raw = new ArrayList<>();
        for (int n = 1; n <= context.lineCount(); n++) {
            if (!context.isBlank(n)) {
                raw.add(RawBlock.ofLine(n, context.line(n)));
            }
        }
        return BodyBuilder.build(context, raw, rule, LineRole.NARRATIVE);
    }

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    @Test
    void headingStyles() {
        List<Block> blocks = build(HeadingRule.PROFILE, "John Protocol", paragraph(1),
                "Reverse Stings, Vehicle Seizure, SOAP Orders, and Identity Disclosure:", paragraph(2),
                "Reverse Stings:  Street-Level Operations", paragraph(3), "Exclusion Zones (SOAP Orders)", paragraph(4),
                "Police focus on the buyers", paragraph(5), "How the city responds:", paragraph(6),
                "Exclusion Zones:\u00a0\u00a0SOAP Orders", paragraph(7));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
                kinds(blocks));
        assertEquals("Reverse Stings: Street-Level Operations", blocks.get(4).text());
        assertEquals("Exclusion Zones: SOAP Orders", blocks.get(12).text());
    }

    @Test
    void notHeadings() {
        List<Block> blocks = build(HeadingRule.PROFILE, "The program works.", paragraph(1),
                "Thirteen words is one word more than any heading of a profile may have here", paragraph(2),
                "(see the report)", paragraph(3), "See https://example.org", paragraph(4), "Short but last");
        assertEquals(9, blocks.size());
        assertEquals(List.of(BlockKind.PARAGRAPH), kinds(blocks).stream().distinct().toList());
    }

    @Test
    void lineIntroducingAQuotationOrAListIsAParagraph() {
        List<Block> blocks = build(HeadingRule.PROFILE, "He noted:", "\u201CWe debrief every person.\u201D",
                "Efforts include:", "  \u2022 Reverse stings", "  \u2022 John school");
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM), kinds(blocks));
        assertEquals("Reverse stings", blocks.get(3).text());
    }

    @Test
    void quotationsNestWithTheSameMarks() {
        assertTrue(QuoteScanner.isQuotation("\u201CMen known as \u201Cjohns.\u201D The bottom line is each"
                + " \u201Cjohn\u201D must attend.\u201D"));
        assertTrue(QuoteScanner.isQuotation("\u201CThey\u2019re \u2018johns,\u2019 he said.\u201D"));
        assertTrue(QuoteScanner.isQuotation("\"We said \"no\" twice.\""));
        assertFalse(QuoteScanner.isQuotation("\u201CDemand keeps it profitable,\u201D says Beth. \u201CWe see"
                + " it.\u201D"));
        assertFalse(QuoteScanner.isQuotation("\u201CUnclosed quotation."));
        assertFalse(QuoteScanner.isQuotation("He said \u201Cno.\u201D"));
        assertFalse(QuoteScanner.isQuotation("\u201C"));
    }

    @Test
    void exactRepeatIsKeptOnceWithAWarning() {
        ParseContext context = Fixtures.context(PARAGRAPH, "", "Another one.", "", PARAGRAPH, "",
                "\u201CA quote.\u201D", "\u201CA quote.\u201D");
        List<Block> blocks = build(context, HeadingRule.PROFILE);
        assertEquals(List.of(PARAGRAPH, "Another one.", "\u201CA quote.\u201D"),
                blocks.stream().map(Block::text).toList());
        assertEquals(List.of("t.txt:5:1: warning: duplicate paragraph (first at line 1)",
                "t.txt:8:1: warning: duplicate paragraph (first at line 7)"), problems(context));
        assertEquals(List.of(LineRole.NARRATIVE, LineRole.BLANK, LineRole.NARRATIVE, LineRole.BLANK,
                LineRole.DUPLICATE, LineRole.BLANK, LineRole.NARRATIVE, LineRole.DUPLICATE), context.finishRoles());
    }

    @Test
    void repeatsAreComparedAfterSpacesAreNormalised() {
        ParseContext context = Fixtures.context("One  two.", "  One two.  ");
        assertEquals(1, build(context, HeadingRule.PROFILE).size());
        assertEquals(List.of("t.txt:2:3: warning: duplicate paragraph (first at line 1)"), problems(context));
    }

    @Test
    void repeatedHeadingsAndListItemsAreNotDuplicates() {
        List<Block> blocks = build(HeadingRule.PROFILE, "Stings", paragraph(1), "Stings", "Other text.",
                "- item", "- item");
        assertEquals(6, blocks.size());
    }

    @Test
    void danglingColonLineAtTheEndIsLeftOutWithAWarning() {
        ParseContext context = Fixtures.context(PARAGRAPH, "", "Professional:");
        assertEquals(1, build(context, HeadingRule.ARTICLE).size());
        assertEquals(List.of("t.txt:3:1: warning: dangling line 'Professional:' at the end introduces nothing;"
                + " left out"), problems(context));
        assertEquals(LineRole.BOILERPLATE, context.finishRoles().get(2));
    }

    @Test
    void articleHeadingsAreQuestionsOnly() {
        List<Block> blocks = build(HeadingRule.ARTICLE, "Is prostitution legal in West Hartford?", paragraph(1),
                "Law enforcement uses multi-pronged detection methods:", paragraph(2),
                "Offense Count Potential Penalty Collateral Consequences", paragraph(3), "Why?");
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), kinds(blocks));
    }

    @Test
    void spacesInsideTextBecomeOneAndDollarSignsStay() {
        List<Block> blocks = build(HeadingRule.PROFILE, "  Fines  of $2,000   and $1 \\ $0.  ");
        assertEquals("Fines of $2,000 and $1 \\ $0.", blocks.get(0).text());
    }
}
