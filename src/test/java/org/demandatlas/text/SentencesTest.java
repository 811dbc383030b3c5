package org.demandatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAfterClosingQuotesAndKeepsAbbreviations() {
        assertEquals(List.of("Police arrested 11 men in “Operation Cupid.”", "Police placed an ad."),
                Sentences.split("Police arrested 11 men in “Operation Cupid.”  Police placed an ad."));
        assertEquals(List.of("On Jan. 11, 2017 the U.S. Attorney spoke at 18-20 Trinity St. Hartford.", "Next."),
                Sentences.split("On Jan. 11, 2017 the U.S. Attorney spoke at 18-20 Trinity St. Hartford. Next."));
        assertEquals(List.of("See Sec. 53a-82.", "It applies."), Sentences.split("See Sec. 53a-82. It applies."));
    }

    @Test
    void doesNotSplitBeforeLowerCaseOrInsideNumbers() {
        assertEquals(List.of("A $25,000 bond, i.e. bail, was set at 3.5 percent."),
                Sentences.split("A $25,000 bond, i.e. bail, was set at 3.5 percent."));
    }
}
