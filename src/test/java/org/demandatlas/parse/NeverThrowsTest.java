package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.SourceText;
import org.junit.jupiter.api.Test;

/** Thousands of inputs shuffled from the pieces of real ones: the parser never throws and always accounts for them. */
class NeverThrowsTest {
    private static final String[] PIECES = {"Hartford, CT", "Hartford, XX", "Polk County, FL", "X", "", " ", "\u00a0",
        "Tactics Used", "Categories:", "Key Partners", "Key Sources", "Reverse stings", "Crystal balls",
        "Reverse stings | \u2713 |", "| |", "---|---", "Shaming, , Letters", ",", "  \u2022 ", "  \u2022 Partner, Inc.",
        "  \u2022 \u201CTitle,\u201D Publisher, April 29 2006.", "\u201C", "\u201D", "\u201CUnclosed, Pub, 2006.",
        "\"", "Sex Buyer Arrests:", ":", " :", "Background on Prostitution in the Area:", "State Connecticut",
        "State Narnia", "State", "Type", "Type Village", "Population", "Population -5", "Population 1,234",
        "Population 99999999999999999999", "Location", "Location x", "Comments are closed.", "John Protocol",
        "He noted:", "\u201CA quote \u201Cnested\u201D here.\u201D", "Is it legal?", "?", "FOR IMMEDIATE RELEASE",
        "FOR IMMEDIATE RELEASE Feb. 30, 2017", "CONTACT:", "PRESS RELEASE Jan. 11, 2017", "###", "53a-", "192a.",
        "  indented line;", "Prostitution in Connecticut: A Guide", "Understanding Prostitution in West Hartford",
        "The city has long addressed demand for commercial sex.", "Professional:", "$1 \\ $2", "(aside)",
        "https://example.org", "<script>, CT", "../../x, CT", "\u0007", "-", "*", "\u00b7 item", "February 30 2006"};

    @Test
    void randomDocumentsNeverThrow() {
        Random random = new Random(20260101L);
        TextIngester ingester = new TextIngester();
        for (int run = 0; run < 2_000; run++) {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                lines.add(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
            SourceText source = ingester.read("r" + run + ".txt", text.getBytes(StandardCharsets.UTF_8));
            ParsedDocument parsed = Fixtures.PARSER.parse(source);
            assertEquals(source.lineCount(), parsed.lineRoles().size(), text);
            List<Problem> sorted = new ArrayList<>(parsed.problems());
            sorted.sort(Problem.ORDER);
            assertEquals(sorted, parsed.problems());
            assertTrue(parsed.document() != null || parsed.hasErrors(), text);
        }
    }
}
