package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Waterbury Republican-American, April 29 2006.|April 29 2006|2006-04-29",
        "X, June 3, 2007.|June 3, 2007|2007-06-03",
        "X, Sept. 4 2007.|Sept. 4 2007|2007-09-04",
        "X, Sep 4 2007|Sep 4 2007|2007-09-04",
        "X, September 14th, 2007.|September 14th, 2007|2007-09-14",
        "X, May 2006.|May 2006|2006-05",
        "X, Dec. 2006|Dec. 2006|2006-12",
        "X, 2006.|2006|2006",
        "X 1998|1998|1998",
        "X, February 29 2008.|February 29 2008|2008-02-29",
    })
    void readsDatesThatEndACitation(String text, String date, String iso) {
        DateParser.DateMatch match = DateParser.findAtEnd(text).orElseThrow();
        assertEquals(date, match.text());
        assertEquals(iso, match.iso());
        assertEquals(text.indexOf(date), match.start());
        assertEquals(text.indexOf(date) + date.length(), match.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"February 30 2006", "February 29 2006", "April 31 2006", "June 0 2006",
        "Jan. 32, 2017"})
    void impossibleDaysAreInvalidMatches(String date) {
        DateParser.DateMatch match = DateParser.findAtEnd("Publisher, " + date + ".").orElseThrow();
        assertFalse(match.valid());
        assertEquals(date, match.text());
        assertEquals("Publisher, ".length(), match.start());
    }

    @Test
    void noDateAtTheEnd() {
        assertTrue(DateParser.findAtEnd("Waterbury Republican-American").isEmpty());
        assertTrue(DateParser.findAtEnd("Route 20061").isEmpty());
        assertTrue(DateParser.findAtEnd("April 2006 edition").isEmpty());
        assertTrue(DateParser.findAtEnd("WFSB-TV2006").isEmpty());
    }

    @Test
    void findsTheFirstDateAnywhere() {
        DateParser.DateMatch match = DateParser.findFirst(" Jan. 11, 2017 ").orElseThrow();
        assertEquals("2017-01-11", match.iso());
        assertEquals("Jan. 11, 2017", match.text());
        assertEquals(1, match.start());
        assertEquals("2017-01", DateParser.findFirst("released in January 2017, today").orElseThrow().iso());
        assertTrue(DateParser.findFirst("no date here, 53a-192a").isEmpty());
    }

    @Test
    void spellsIsoDatesOut() {
        assertEquals("January 11, 2017", DateParser.spelledOut("2017-01-11"));
        assertEquals("May 2006", DateParser.spelledOut("2006-05"));
        assertEquals("2006", DateParser.spelledOut("2006"));
        assertEquals("December 3, 1999", DateParser.spelledOut("1999-12-03"));
    }
}
