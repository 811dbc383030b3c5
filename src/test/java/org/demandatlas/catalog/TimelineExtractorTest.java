package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.DatePrecision;
import org.junit.jupiter.api.Test;

/** Classes 1 and 14 of the trust audit: every date a sentence states, and only those. */
class TimelineExtractorTest {
    private static List<String> dates(String sentence) {
        return dates(sentence, null);
    }

    private static List<String> dates(String sentence, String documentDate) {
        return StatedDates.in(sentence, documentDate).stream().map(d -> d.iso() + " " + d.precision().id()).toList();
    }

    @Test
    void readsEveryFormOfTheSeeds() {
        assertEquals(List.of("2007 year"), dates("For example, in 2007, the PD."));
        assertEquals(List.of("2014-02 month"), dates("In February 2014 police."));
        assertEquals(List.of("2013-12 month"), dates("December 2013 was cold."));
        assertEquals(List.of("2022-09 month"), dates("in September, 2022, a man"));
        assertEquals(List.of("1990 decade"), dates("found in the late 1990s in"));
        assertEquals(List.of("2017-01-11 day"), dates("RELEASE Jan. 11, 2017"));
        assertEquals(List.of("1800 century", "1900 century"), dates("a district in the 1800s and early 1900s"));
    }

    @Test
    void aPlainYearThatAMorePreciseDateGivesIsOneStatement() {
        assertEquals(List.of("2014-02 month"), dates("At least two of the men arrested in 2014, in February 2014."));
    }

    @Test
    void everyDateOfASentenceIsItsOwnStatement() {
        assertEquals(List.of("2015-03 month", "2016-02 month"),
                dates("Police held stings in March 2015 and again in February 2016."));
        assertEquals(List.of("2018-01 month", "2018-02 month"), dates("In January and February 2018 the city acted."));
        assertEquals(List.of("2018 year"), dates("The program is to be in place by 2018."));
        assertEquals(List.of("2009-06-03 day", "2011 year"), dates("On June 3rd, 2009 and in 2011 the county met."));
    }

    @Test
    void moneyCountsCodesUrlsFilesAndReportNamesAreNotDates() {
        assertEquals(List.of(), dates("He was released on a $25,000 bond; 114,000 residents; 860-240-1475."));
        assertEquals(List.of(), dates("A population of 113811 and 2000% growth."));
        assertEquals(List.of(), dates("Its Annual Report (link: https://x.example/2016/06/tip-council_2016-report.pdf)"));
        assertEquals(List.of(), dates("See report_2019.pdf and www.example.org/2018/ for more."));
        assertEquals(List.of(), dates("The council released its 2021 Annual Report."));
    }

    @Test
    void relativeDatesResolveAgainstTheDocumentsOwnDate() {
        assertEquals(List.of("2017-01-11 day"), dates("Today, the Council is releasing its report.", "2017-01-11"));
        assertEquals(List.of("2017-01-10 day"), dates("Yesterday the bill passed.", "2017-01-11"));
        assertEquals(List.of("2016 year"), dates("Buyers bought sex from children last year.", "2017-01-11"));
        assertEquals(List.of("2016-12 month"), dates("Last month, police met.", "2017-01-11"));
        assertEquals(List.of("2017-01 month"), dates("This month the task force starts.", "2017-01-11"));
        assertEquals(List.of(), dates("Today, the Council is releasing its report.", null),
                "without a document date, today is no date");
        assertEquals(List.of("2016 year"), dates("in 2016, there were 200 referrals, and every year more.",
                "2017-01-11"));
    }

    @Test
    void precisionsAreTheModelsOwn() {
        StatedDates.in("in 1980", null).forEach(d -> assertEquals(DatePrecision.YEAR, d.precision()));
    }
}
