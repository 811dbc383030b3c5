package org.demandatlas.parse;

import java.util.Optional;
import org.demandatlas.model.Citation;

/**
 * Reads one citation, {@code “Title,” Publisher, Month D YYYY.}: the title runs to the quotation mark that closes
 * the opening one (titles hold commas, colons, semicolons, apostrophes and nested quotations), the comma inside the
 * closing mark is dropped, the publisher is what lies between the title and the date, and the date ends the line.
 * A bullet, a missing title quotation or a missing date are tolerated with warnings; a date that does not exist
 * ({@code February 30 2006}) is an error at its column, and the citation is kept without a date.
 */
final class CitationParser {
    private CitationParser() {
    }

    static Citation parse(ParseContext context, int n) {
        String line = context.line(n);
        int start = bodyStart(context, n);
        String body = line.substring(start, Math.max(start, Text.end(line)));
        int close = body.isEmpty() || !Text.isOpeningQuote(body.charAt(0)) ? -1 : closingQuote(body);
        if (close < 0) {
            context.warn(n, start + 1, "citation without a quoted title (expected \u201CTitle,\u201D Publisher,"
                    + " Month D YYYY.)");
        }
        String rest = close < 0 ? body : body.substring(close + 1);
        Optional<DateParser.DateMatch> date = findDate(context, n, rest, start + (close < 0 ? 0 : close + 1));
        String beforeDate = date.map(d -> rest.substring(0, d.start())).orElse(stripPeriod(rest));
        String title = close < 0 ? stripPeriod(publisherOf(beforeDate)) : titleOf(body.substring(1, close));
        String publisher = close < 0 ? null : publisherOf(beforeDate);
        String iso = date.filter(DateParser.DateMatch::valid).map(DateParser.DateMatch::iso).orElse(null);
        return new Citation(title.isEmpty() ? Text.collapse(body) : title, publisher, iso, Text.collapse(body), n);
    }

    /** Index where the citation starts, after its bullet; a line without a bullet is reported. */
    private static int bodyStart(ParseContext context, int n) {
        String line = context.line(n);
        int start = Text.start(line);
        if (Text.findBulletItem(line).isEmpty()) {
            context.warn(n, start + 1, "citation without bullet");
            return start;
        }
        return start + 1 + Text.start(line.substring(start + 1));
    }

    /** The date ending {@code rest} (which starts at index {@code offset} of the line); reports none or a bad one. */
    private static Optional<DateParser.DateMatch> findDate(ParseContext context, int n, String rest, int offset) {
        Optional<DateParser.DateMatch> date = DateParser.findAtEnd(rest);
        if (date.isEmpty()) {
            context.warn(n, offset + Text.start(rest) + 1, "citation without a date (expected Month D YYYY at the"
                    + " end)");
        } else if (!date.get().valid()) {
            context.error(n, offset + date.get().start() + 1, "invalid date '" + date.get().text()
                    + "' (expected a real calendar date such as April 29 2006)");
        }
        return date;
    }

    /** Index of the mark closing the quotation opened at index 0, counting nested marks; -1 when none. */
    private static int closingQuote(String body) {
        boolean curly = body.charAt(0) == '\u201C';
        int depth = 1;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (curly && c == '\u201C') {
                depth++;
            } else if ((curly && c == '\u201D') || (!curly && c == '"')) {
                depth--;
            }
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The quoted title without the comma or period before its closing mark ({@code “Report.”} → Report). */
    private static String titleOf(String quoted) {
        String title = Text.collapse(quoted);
        boolean mark = title.endsWith(",") || title.endsWith(".") && !title.endsWith("..");
        return mark ? title.substring(0, title.length() - 1) : title;
    }

    private static String publisherOf(String text) {
        String publisher = Text.collapse(text);
        while (publisher.startsWith(",")) {
            publisher = Text.collapse(publisher.substring(1));
        }
        while (publisher.endsWith(",")) {
            publisher = Text.collapse(publisher.substring(0, publisher.length() - 1));
        }
        return publisher;
    }

    private static String stripPeriod(String text) {
        String trimmed = Text.trim(text);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
