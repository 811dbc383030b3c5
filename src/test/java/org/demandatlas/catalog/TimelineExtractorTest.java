package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.demandatlas.catalog.TimelineExtractor.DatedAs;
import org.demandatlas.model.DatePrecision;
import org.junit.jupiter.api.Test;

class TimelineExtractorTest {
    private static Optional<DatedAs> date(String sentence) {
        return TimelineExtractor.dateOf(sentence);
    }

    @Test
    void readsEveryFormOfTheSeeds() {
        assertEquals(Optional.of(new DatedAs("2007", DatePrecision.YEAR)), date("For example, in 2007, the PD."));
        assertEquals(Optional.of(new DatedAs("2014-02", DatePrecision.MONTH)), date("In February 2014 police."));
        assertEquals(Optional.of(new DatedAs("2013-12", DatePrecision.MONTH)), date("December 2013 was cold."));
        assertEquals(Optional.of(new DatedAs("2022-09", DatePrecision.MONTH)), date("in September, 2022, a man"));
        assertEquals(Optional.of(new DatedAs("1990", DatePrecision.DECADE)), date("found in the late 1990s in"));
        assertEquals(Optional.of(new DatedAs("2017-01-11", DatePrecision.DAY)), date("RELEASE Jan. 11, 2017"));
        assertEquals(Optional.of(new DatedAs("1800", DatePrecision.CENTURY)), date("a district in the 1800s"));
    }

    @Test
    void prefersTheMostPreciseDate() {
        assertEquals(Optional.of(new DatedAs("2014-02", DatePrecision.MONTH)),
                date("At least two of the men arrested in 2014, in February 2014, were granted."));
    }

    @Test
    void moneyCountsAndCodesAreNotYears() {
        assertEquals(Optional.empty(), date("He was released on a $25,000 bond; 114,000 residents; 860-240-1475."));
        assertEquals(Optional.empty(), date("A population of 113811 and 2000% growth."));
    }
}
