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
        return StatedDates.in(sentence, documentDate).stream().map(d -> (d.qualifier() == null ? "" : d.qualifier()
                + " ") + d.iso() + (d.until() == null ? "" : ".." + d.until()) + " " + d.precision().id()).toList();
    }

    @Test
    void readsEveryFormOfTheSeeds() {
        assertEquals(List.of("2007 year"), dates("For example, in 2007, the PD."));
        assertEquals(List.of("2014-02 month"), dates("In February 2014 police."));
        assertEquals(List.of("2013-12 month"), dates("December 2013 was cold."));
        assertEquals(List.of("2022-09 month"), dates("in September, 2022, a man"));
        assertEquals(List.of("late 1990 decade"), dates("found in the late 1990s in"));
        assertEquals(List.of("2017-01-11 day"), dates("RELEASE Jan. 11, 2017"));
        assertEquals(List.of("1800 century", "early 1900 century"), dates("a district in the 1800s and early 1900s"));
        assertEquals(List.of("late 2009 year"), dates("Since implementing this protocol in late 2009, the court"));
    }

    @Test
    void aPlainYearThatAMorePreciseDateGivesIsOneStatement() {
        assertEquals(List.of("2014-02 month"), dates("At least two of the men arrested in 2014, in February 2014."));
    }

    @Test
    void everyDateOfASentenceIsItsOwnStatement() {
        assertEquals(List.of("2015-03 month", "2016-02 month"),
                dates("Police held stings in March 2015 and again in February 2016."));
        assertEquals(List.of("2009-06-03 day", "2011 year"), dates("On June 3rd, 2009 and in 2011 the county met."));
        assertEquals(List.of("2014 year", "2016 year"), dates("Stings were held in 2014 and 2016."));
        assertEquals(List.of("2018-01 month", "2018-03 month"), dates("In January and March 2018 the city acted."));
        assertEquals(List.of("2018-01 month", "2018-02 month"), dates("In January or February 2018 it began."));
        assertEquals(List.of("2018-01 month", "2018-03 month", "2018-05 month"),
                dates("It met in January, March and May 2018."));
    }

    @Test
    void rangesStayRanges() {
        assertEquals(List.of("2014..2016 year"), dates("The unit ran stings from 2014 to 2016."));
        assertEquals(List.of("2014..2016 year"), dates("Between 2014 and 2016 the unit ran stings."));
        assertEquals(List.of("2014..2016 year"), dates("During 2014\u20132016 the unit ran stings."));
        assertEquals(List.of("2014..2016 year"), dates("During 2014 - 2016 the unit ran stings."));
        assertEquals(List.of("2018-01..2018-02 month"), dates("In January and February 2018 the city acted."));
        assertEquals(List.of("2018-03..2018-06 month"), dates("From March through June 2018 the city acted."));
        assertEquals(List.of("2015-03..2016-02 month"), dates("It ran from March 2015 until February 2016."));
        assertEquals(List.of("2019-06-01..2019-06-30 day"), dates("It ran from June 1, 2019 to June 30, 2019."));
        assertEquals(List.of("1980..1990 decade"), dates("Between the 1980s and the 1990s arrests rose."));
        assertEquals(List.of("1980..1990 decade"), dates("From the 1980s to the 1990s arrests rose."));
        assertEquals(List.of("2016 year", "2014 year"), dates("It fell from 2016 to 2014, oddly."),
                "an end before its start is no range");
        assertEquals(List.of(), dates("Call 860-240-1475 or 1-800-2016-2017."));
    }

    @Test
    void aQualifierIsKeptAsWritten() {
        assertEquals(List.of("by 2018 year"), dates("The program is to be in place by 2018."));
        assertEquals(List.of("since 2013 year"), dates("The law has applied since 2013."));
        assertEquals(List.of("mid 1990 decade"), dates("Complaints began in the mid-1990s."));
        assertEquals(List.of("before 2010-05 month"), dates("It closed before May 2010."));
        assertEquals(List.of("2013 year"), dates("Why, since Connecticut enacted the law in 2013, no arrests?"),
                "a word far from the date qualifies nothing");
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
