package org.demandatlas.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the exports write them: {@code April 29 2006}, {@code June 3, 2007}, {@code Sept. 4 2007},
 * {@code Jan. 11, 2017}, {@code May 2006}, {@code 2006}. Read as ISO with the precision written
 * ({@code 2006-04-29}, {@code 2006-05}, {@code 2006}); a day that does not exist gives an invalid match.
 */
final class DateParser {
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
            + "July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DATE = "(?:" + MONTH + " (?:(?<day>\\d{1,2})(?:st|nd|rd|th)?,? )?)?(?<year>\\d{4})";
    private static final Pattern AT_END = Pattern.compile("(?:^|(?<=[ ,]))" + DATE + "\\.?$");
    private static final Pattern ISO_AT_END = Pattern.compile("(?:^|(?<=[ ,]))(?<year>\\d{4})-(?<month>\\d{2})"
            + "-(?<day>\\d{2})\\.?$");
    private static final Pattern ANYWHERE = Pattern.compile("(?<![\\p{L}\\d])" + DATE + "(?!\\d)");
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * A date found in a text: where it starts and ends, its text, and its ISO form (null when no such day
     * exists, such as {@code February 30 2006}).
     */
    record DateMatch(int start, int end, String text, String iso) {
        boolean valid() {
            return iso != null;
        }
    }

    private DateParser() {
    }

    /** A date that ends the text (a final period allowed), as citations end; also ISO ({@code 2019-09-06}). */
    static Optional<DateMatch> findAtEnd(String text) {
        Matcher iso = ISO_AT_END.matcher(text);
        if (iso.find()) {
            String whole = iso.group();
            String written = whole.endsWith(".") ? whole.substring(0, whole.length() - 1) : whole;
            return Optional.of(new DateMatch(iso.start(), iso.start() + written.length(), written, isoDay(iso)));
        }
        return find(AT_END.matcher(text));
    }

    private static String isoDay(Matcher iso) {
        try {
            return LocalDate.of(Integer.parseInt(iso.group("year")), Integer.parseInt(iso.group("month")),
                    Integer.parseInt(iso.group("day"))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first date anywhere in the text. */
    static Optional<DateMatch> findFirst(String text) {
        return find(ANYWHERE.matcher(text));
    }

    /** {@code 2017-01-11} as {@code January 11, 2017}; {@code 2006-05} as {@code May 2006}. */
    static String spelledOut(String iso) {
        String[] parts = iso.split("-");
        if (parts.length == 1) {
            return parts[0];
        }
        String month = MONTH_NAMES[Integer.parseInt(parts[1]) - 1];
        return parts.length == 2 ? month + " " + parts[0] : month + " " + Integer.parseInt(parts[2]) + ", " + parts[0];
    }

    private static Optional<DateMatch> find(Matcher matcher) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        String whole = matcher.group();
        String text = whole.endsWith(".") ? whole.substring(0, whole.length() - 1) : whole;
        return Optional.of(new DateMatch(matcher.start(), matcher.start() + text.length(), text, iso(matcher)));
    }

    private static String iso(Matcher matcher) {
        int year = Integer.parseInt(matcher.group("year"));
        String month = matcher.group("month");
        if (month == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        int monthNumber = monthNumber(month);
        String day = matcher.group("day");
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, monthNumber);
        }
        try {
            return LocalDate.of(year, monthNumber, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String month) {
        String prefix = month.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + month);
    }
}
