package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The remembered boundaries are the JDK sentence iterator's, for every way the highlighter asks. */
class RememberedBreaksTest {
    private static final String TEXT = "Hartford runs a john school. Arrests rose in 2019! Did they? Mr. Smith said "
            + "so... The end";

    @Test
    void answersAsTheJdkSentenceIterator() {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        BreakIterator ours = new RememberedBreaks(RememberedBreaks.memory());
        for (int round = 0; round < 2; round++) { // the second time from memory
            jdk.setText(TEXT);
            ours.setText(TEXT);
            assertEquals(jdk.first(), ours.first());
            assertEquals(jdk.last(), ours.last());
            for (int offset = 0; offset < TEXT.length(); offset++) {
                assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
                assertEquals(jdk.current(), ours.current(), "current after following " + offset);
                assertEquals(jdk.preceding(offset + 1), ours.preceding(offset + 1), "preceding " + (offset + 1));
                assertEquals(jdk.current(), ours.current(), "current after preceding " + (offset + 1));
                assertEquals(jdk.next(), ours.next(), "next after " + offset);
                assertEquals(jdk.previous(), ours.previous(), "previous after " + offset);
            }
        }
    }

    @Test
    void anEmptyTextHasOneBoundary() {
        BreakIterator ours = new RememberedBreaks(RememberedBreaks.memory());
        ours.setText("");
        assertEquals(0, ours.first());
        assertEquals(BreakIterator.DONE, ours.next());
        assertEquals(BreakIterator.DONE, ours.following(0));
    }
}
