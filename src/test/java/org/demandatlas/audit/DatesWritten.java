package org.demandatlas.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.demandatlas.model.DatePrecision;

/**
 * The audit's own test of whether a text states a date: its year as a number of its own (a decade as
 * {@code 1990s}), its month by name, its day by number; or a relative word ("today", "last year") that resolves
 * against the document's own date to it. Written independently of the extractor's patterns.
 */
final class DatesWritten {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private DatesWritten() {
    }

    /** Whether {@code text} writes the ISO date {@code iso} at its own precision. */
    static boolean states(String text, String iso) {
        String[] parts = iso.split("-");
        String lower = text.toLowerCase(Locale.ROOT);
        if (!Pattern.compile("(?<![\\d/])" + parts[0] + "(?![\\d/])").matcher(lower).find()) {
            return false;
        }
        if (parts.length >= 2 && !Pattern.compile("\\b" + MONTHS.get(Integer.parseInt(parts[1]) - 1))
                .matcher(lower).find()) {
            return false;
        }
        return parts.length < 3 || Pattern.compile("(?<!\\d)" + Integer.parseInt(parts[2]) + "(?!\\d)")
                .matcher(lower).find();
    }

    /** Whether a dated event's sentence states its date, directly or relative to the document's date. */
    static boolean statesEvent(String sentence, String iso, DatePrecision precision, String documentDate) {
        if (sentence.startsWith("Issued: ")) {
            return iso.equals(documentDate);
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (precision == DatePrecision.DECADE || precision == DatePrecision.CENTURY) {
            return Pattern.compile("\\b" + iso + "['\u2019]?s\\b").matcher(lower).find();
        }
        return states(sentence, iso) || relative(lower, iso, documentDate);
    }

    /** Whether the text writes a word (a date's qualifier, "by", "late"), before a space or a hyphen. */
    static boolean writesWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "[\\s-]", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static boolean relative(String lower, String iso, String documentDate) {
        if (documentDate == null) {
            return false;
        }
        if (lower.matches(".*\\btoday\\b.*") && iso.equals(documentDate)) {
            return true;
        }
        int year = Integer.parseInt(documentDate.substring(0, 4));
        if (lower.matches(".*\\blast year\\b.*") && iso.equals(Integer.toString(year - 1))) {
            return true;
        }
        return lower.matches(".*\\bthis year\\b.*") && iso.equals(Integer.toString(year));
    }
}
