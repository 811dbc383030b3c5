package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.DatePrecision;
import org.demandatlas.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Class 10 and 14 of the trust audit: a date is shown at its precision, with its qualifier, a range as a range. */
class TimelineDateTextTest {
    private static String text(String date, DatePrecision precision, String end, DatePrecision endPrecision,
                               String qualifier) {
        return TimelineViews.dateText(new TimelineEvent(date, precision, end, endPrecision, qualifier, "S.", List.of(),
                null, "in/a.txt", 1));
    }

    @Test
    void singleDatesAtTheirPrecision() {
        assertEquals("2014", text("2014", DatePrecision.YEAR, null, null, null));
        assertEquals("February 2014", text("2014-02", DatePrecision.MONTH, null, null, null));
        assertEquals("January 11, 2017", text("2017-01-11", DatePrecision.DAY, null, null, null));
        assertEquals("the 1800s", text("1800", DatePrecision.CENTURY, null, null, null));
    }

    @Test
    void qualifiersAsWritten() {
        assertEquals("by 2018", text("2018", DatePrecision.YEAR, null, null, "by"));
        assertEquals("late 2009", text("2009", DatePrecision.YEAR, null, null, "late"));
        assertEquals("late 1990s", text("1990", DatePrecision.DECADE, null, null, "late"));
    }

    @Test
    void rangesStayRanges() {
        assertEquals("2014\u20132016", text("2014", DatePrecision.YEAR, "2016", DatePrecision.YEAR, null));
        assertEquals("January\u2013February 2018", text("2018-01", DatePrecision.MONTH, "2018-02",
                DatePrecision.MONTH, null));
        assertEquals("March 2015\u2013February 2016", text("2015-03", DatePrecision.MONTH, "2016-02",
                DatePrecision.MONTH, null));
        assertEquals("June 1, 2019\u2013June 30, 2019", text("2019-06-01", DatePrecision.DAY, "2019-06-30",
                DatePrecision.DAY, null));
        assertEquals("1980s\u20131990s", text("1980", DatePrecision.DECADE, "1990", DatePrecision.DECADE, null));
    }
}
