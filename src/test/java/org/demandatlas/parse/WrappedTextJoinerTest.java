package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTextJoinerTest {
    private static List<RawBlock> join(String... lines) {
        return WrappedTextJoiner.join(Fixtures.context(lines), 1, lines.length);
    }

    private static List<String> texts(List<RawBlock> blocks) {
        return blocks.stream().map(RawBlock::text).toList();
    }

    @Test
    void joinsLinesWrappedMidSentenceAcrossSingleBlankLines() {
        List<RawBlock> blocks = join("Today the Connecticut ", "", "Council is releasing its report ", "",
                "here: https://x.org/a.pdf) ", " ", "", "HARTFORD \u2013 For too long.");
        assertEquals(List.of("Today the Connecticut Council is releasing its report here: https://x.org/a.pdf)",
                "HARTFORD \u2013 For too long."), texts(blocks));
        assertEquals(List.of(1, 3, 5), blocks.get(0).lines());
        assertEquals(8, blocks.get(1).line());
    }

    @Test
    void aWordHyphenAtTheEndOfALineJoinsWithoutASpace() {
        assertEquals(List.of("to include 53a-192a. Trafficking and a well-known co - chair"),
                texts(join("to include 53a-", "", "192a. Trafficking and a well-", "known co -", "chair")));
    }

    @Test
    void sentenceEndThenCapitalAfterOneBlankLineStartsANewParagraph() {
        assertEquals(List.of("It is changing that.", "Recognizing this, the council acts.", "\u201CA quote.\u201D"),
                texts(join("It is changing that.", "", "Recognizing this, the council acts.", "",
                        "\u201CA quote.\u201D")));
        assertEquals(List.of("It ends. and goes on"), texts(join("It ends.", "", "and goes on")));
        assertEquals(List.of("Without a blank line. Lines join."), texts(join("Without a blank line.", "Lines join.")));
    }

    @Test
    void indentedLinesAfterAColonAreListItemsWhoseContinuationsJoin() {
        List<RawBlock> blocks = join("Some highlights are: ", "  The report asks why, since ", "",
                "2013, nothing happened. ", "", "Significantly, referrals grew.", "", " ", "",
                " Law enforcement argues. ", "", " ", " Lawmakers need to act. ", "", " ", "Another paragraph.");
        assertEquals(List.of("Some highlights are:", "The report asks why, since 2013, nothing happened."
                + " Significantly, referrals grew.", "Law enforcement argues.", "Lawmakers need to act.",
                "Another paragraph."), texts(blocks));
        assertEquals(List.of(false, true, true, true, false), blocks.stream().map(RawBlock::listItem).toList());
    }

    @Test
    void listAfterSemicolonsAndBulletsAlwaysStartItems() {
        List<RawBlock> blocks = join("Recommendations include:", "", " Recommend one; ", "", " Recommend two; and",
                "  \u2022 bulleted item", "not indented continuation");
        assertEquals(List.of("Recommendations include:", "Recommend one;", "Recommend two; and",
                "bulleted item not indented continuation"), texts(blocks));
        assertEquals(List.of(false, true, true, true), blocks.stream().map(RawBlock::listItem).toList());
    }

    @Test
    void indentedQuotationIsNotAListItem() {
        List<RawBlock> blocks = join("The buyers of sex.", "", " ", "", " \u201CConversations about it,\u201D says"
                + " Jillian.");
        assertEquals(List.of(false, false), blocks.stream().map(RawBlock::listItem).toList());
    }

    @Test
    void nothingToJoin() {
        assertEquals(List.of(), join("", " ", ""));
    }
}
