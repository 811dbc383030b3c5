package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Large inputs parse in linear time: a quadratic repeat check or re-join would take minutes here (re-reading the
 * joined text per line took 25 s for 20,000 lines), the parser takes a second or two on a busy shared machine.
 */
class ScaleTest {
    private static final Duration BOUND = Duration.ofSeconds(90);

    @Test
    void fiftyThousandParagraphsWithTwentyFiveThousandRepeats() {
        StringBuilder text = new StringBuilder("Hartford, CT\n\nTactics Used\n\nReverse stings\n\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("Paragraph ").append(i % 25_000).append(" tells what the police did.\n\n");
        }
        text.append("State Connecticut\nType City\nPopulation 5\n");
        ParsedDocument parsed = assertTimeoutPreemptively(BOUND, () -> Fixtures.parse(text.toString()));
        assertEquals(25_000, parsed.jurisdiction().narrative().size());
        assertEquals(25_000, parsed.problems().size());
        assertEquals("t.txt:50007:1: warning: duplicate paragraph (first at line 7)", parsed.problems().get(0).format());
        assertEquals(100_009, parsed.lineRoles().size());
    }

    @Test
    void pressReleaseOfFortyThousandWrappedLines() {
        StringBuilder text = new StringBuilder("FOR IMMEDIATE RELEASE Jan. 11, 2017\n\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("Connecticut line ").append(i).append(" of one very long sentence\n\n");
        }
        text.append("ends here.\n");
        ParsedDocument parsed = assertTimeoutPreemptively(BOUND, () -> Fixtures.parse(text.toString()));
        assertEquals(1, parsed.document().body().size());
        assertEquals(0, parsed.problems().stream().filter(Problem::isError).count());
    }
}
