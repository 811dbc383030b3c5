package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.demandatlas.model.Citation;
import org.junit.jupiter.api.Test;

class CitationParserTest {
    private static Citation parse(ParseContext context) {
        return CitationParser.parse(context, 1);
    }

    @Test
    void readsTitlePublisherAndDate() {
        ParseContext context = Fixtures.context("  \u2022 \u201CSpa Patrons Also Nabbed; Court Crammed after 33 Massage"
                + " Parlor Arrests,\u201D Waterbury Republican-American, April 29 2006.");
        Citation citation = parse(context);
        assertEquals("Spa Patrons Also Nabbed; Court Crammed after 33 Massage Parlor Arrests", citation.title());
        assertEquals("Waterbury Republican-American", citation.publisher());
        assertEquals("2006-04-29", citation.date());
        assertEquals("\u201CSpa Patrons Also Nabbed; Court Crammed after 33 Massage Parlor Arrests,\u201D Waterbury"
                + " Republican-American, April 29 2006.", citation.asWritten());
        assertEquals(1, citation.line());
        assertEquals(List.of(), problems(context));
    }

    @Test
    void titlesKeepCommasColonsApostrophesAndNestedQuotations() {
        Citation citation = parse(Fixtures.context("  \u2022 \u201CSting: 33 Johns, 7 Prostitutes; Cops\u2019"
                + " \u201CJohn\u201D Sweep,\u201D CBS/WFSB-TV 3, June 4 2007."));
        assertEquals("Sting: 33 Johns, 7 Prostitutes; Cops\u2019 \u201CJohn\u201D Sweep", citation.title());
        assertEquals("CBS/WFSB-TV 3", citation.publisher());
        assertEquals("2007-06-04", citation.date());
    }

    @Test
    void commaOutsideTheQuoteAndStraightQuotesAndMonthPrecision() {
        Citation citation = parse(Fixtures.context("- \"Police Use Stings\", Hartford Courant, Sept. 2007"));
        assertEquals("Police Use Stings", citation.title());
        assertEquals("Hartford Courant", citation.publisher());
        assertEquals("2007-09", citation.date());
    }

    @Test
    void citationWithoutBulletIsStillACitationWithAWarning() {
        ParseContext context = Fixtures.context("    \u201CLessons Not Learned,\u201D Waterbury Republican-American,"
                + " June 30 2008.");
        assertEquals("2008-06-30", parse(context).date());
        assertEquals(List.of("t.txt:1:5: warning: citation without bullet"), problems(context));
    }

    @Test
    void impossibleDateIsAnErrorAtItsColumnAndTheCitationIsKeptUndated() {
        ParseContext context = Fixtures.context("  \u2022 \u201CTitle,\u201D Publisher, February 30 2006.");
        Citation citation = parse(context);
        assertNull(citation.date());
        assertEquals("Publisher", citation.publisher());
        assertEquals(List.of("t.txt:1:25: error: invalid date 'February 30 2006' (expected a real calendar date such"
                + " as April 29 2006)"), problems(context));
    }

    @Test
    void missingDateIsAWarning() {
        ParseContext context = Fixtures.context("  \u2022 \u201CTitle,\u201D Publisher.");
        Citation citation = parse(context);
        assertNull(citation.date());
        assertEquals("Publisher", citation.publisher());
        assertEquals(List.of("t.txt:1:14: warning: citation without a date (expected Month D YYYY at the end)"),
                problems(context));
    }

    @Test
    void missingQuotationMarksAreAWarningAndTheTextBecomesTheTitle() {
        ParseContext context = Fixtures.context("  \u2022 Annual report of the council, 2016.");
        Citation citation = parse(context);
        assertEquals("Annual report of the council", citation.title());
        assertNull(citation.publisher(), "an absent publisher is null, not \"\"");
        assertEquals("2016", citation.date());
        assertEquals(List.of("t.txt:1:5: warning: citation without a quoted title (expected \u201CTitle,\u201D"
                + " Publisher, Month D YYYY.)"), problems(context));
    }

    @Test
    void unclosedQuotationIsAWarning() {
        ParseContext context = Fixtures.context("  \u2022 \u201CTitle without end, Publisher, May 2006.");
        Citation citation = parse(context);
        assertEquals("\u201CTitle without end, Publisher", citation.title());
        assertEquals("2006-05", citation.date());
        assertEquals(List.of("t.txt:1:5: warning: citation without a quoted title (expected \u201CTitle,\u201D"
                + " Publisher, Month D YYYY.)"), problems(context));
    }

    @Test
    void emptyTitleFallsBackToTheLine() {
        Citation citation = parse(Fixtures.context("  \u2022 \u201C,\u201D Publisher, 2006."));
        assertEquals("\u201C,\u201D Publisher, 2006.", citation.title());
        assertEquals("Publisher", citation.publisher());
    }
}
