package org.demandatlas.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.DatePrecision;

/**
 * Every date a sentence states, each at its own precision and place in the sentence: days ({@code Jan. 11, 2017}),
 * months ({@code February 2014}, {@code September, 2022}; {@code January and February 2018} is two months), decades
 * and centuries ({@code late 1990s}, {@code 1800s}), years ({@code in 2007}, {@code by 2018}), and relative dates
 * ({@code today}, {@code yesterday}, {@code this month}, {@code last year}) resolved against the document's own date
 * (and ignored when the document states none). A year inside a URL or a file name, or naming a report
 * ({@code 2016 Annual Report}), is not a stated date; nor is a plain year that a more precise date of the same
 * sentence already gives ({@code in 2014, in February 2014}).
 */
final class StatedDates {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String YEAR = "(1[6-9]\\d\\d|20\\d\\d)";
    private static final Pattern DAY = Pattern.compile("\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + YEAR + "\\b");
    private static final Pattern MONTHS = Pattern.compile("\\b(" + MONTH + "\\.?(?:(?:\\s*,\\s*|\\s+(?:and|or|to|"
            + "through)\\s+|\\s*,\\s*and\\s+|\\s*[-\u2013]\\s*)" + MONTH + "\\.?)*),?\\s+" + YEAR + "\\b");
    private static final Pattern ONE_MONTH = Pattern.compile("\\b" + MONTH + "\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(1[6-9]\\d0|20\\d0)['\u2019]?s\\b");
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?<![$#.,\\d-])\\b" + YEAR + "\\b(?!%|[,.]?\\d)");
    private static final Pattern REPORT_NAME = Pattern.compile("^\\s+(?:Annual\\s+)?(?:Report|Survey|Edition|Plan"
            + "|Review|Update)\\b");
    private static final Pattern NOT_PROSE = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+\\.(?:pdf|docx?|html?|txt"
            + "|xlsx?)\\b|\\S+/\\S+");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|this month|last month|this year"
            + "|last year)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_PREFIXES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");

    /** A date as a sentence states it: ISO form, precision, and where it stands in the sentence. */
    record Stated(String iso, DatePrecision precision, int start, int end) {
    }

    private StatedDates() {
    }

    /** The dates of a sentence in the order written; {@code documentDate} (ISO day or null) anchors "today". */
    static List<Stated> in(String sentence, String documentDate) {
        String prose = mask(sentence);
        boolean[] taken = new boolean[prose.length()];
        List<Stated> found = new ArrayList<>();
        days(prose, taken, found);
        months(prose, taken, found);
        decades(prose, taken, found);
        years(prose, taken, found);
        relative(prose, documentDate, found);
        found.sort(Comparator.comparingInt(Stated::start).thenComparing(Stated::iso));
        return List.copyOf(found);
    }

    /** URLs and file names blanked out, so that offsets stay the sentence's. */
    private static String mask(String sentence) {
        Matcher m = NOT_PROSE.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static void days(String prose, boolean[] taken, List<Stated> found) {
        Matcher m = DAY.matcher(prose);
        while (m.find()) {
            int day = Integer.parseInt(m.group(2));
            int month = month(m.group(1));
            int year = Integer.parseInt(m.group(3));
            if (day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth() && take(taken, m.start(), m.end())) {
                found.add(new Stated(LocalDate.of(year, month, day).toString(), DatePrecision.DAY, m.start(), m.end()));
            }
        }
    }

    private static void months(String prose, boolean[] taken, List<Stated> found) {
        Matcher m = MONTHS.matcher(prose);
        while (m.find()) {
            if (!take(taken, m.start(), m.end())) {
                continue;
            }
            Matcher each = ONE_MONTH.matcher(m.group(1));
            while (each.find()) {
                found.add(new Stated(m.group(2) + "-" + String.format(Locale.ROOT, "%02d", month(each.group())),
                        DatePrecision.MONTH, m.start(1) + each.start(), m.end()));
            }
        }
    }

    private static void decades(String prose, boolean[] taken, List<Stated> found) {
        Matcher m = DECADE.matcher(prose);
        while (m.find()) {
            if (take(taken, m.start(), m.end())) {
                boolean century = m.group(1).endsWith("00");
                found.add(new Stated(m.group(1), century ? DatePrecision.CENTURY : DatePrecision.DECADE, m.start(),
                        m.end()));
            }
        }
    }

    private static void years(String prose, boolean[] taken, List<Stated> found) {
        Matcher m = PLAIN_YEAR.matcher(prose);
        while (m.find()) {
            String year = m.group(1);
            boolean report = REPORT_NAME.matcher(prose.substring(m.end())).find();
            boolean given = found.stream().anyMatch(s -> s.iso().startsWith(year + "-"));
            if (!report && !given && take(taken, m.start(), m.end())) {
                found.add(new Stated(year, DatePrecision.YEAR, m.start(), m.end()));
            }
        }
    }

    private static void relative(String prose, String documentDate, List<Stated> found) {
        if (documentDate == null || !DatePrecision.DAY.accepts(documentDate)) {
            return;
        }
        LocalDate date = LocalDate.parse(documentDate);
        Matcher m = RELATIVE.matcher(prose);
        while (m.find()) {
            Stated stated = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "today" -> new Stated(date.toString(), DatePrecision.DAY, m.start(), m.end());
                case "yesterday" -> new Stated(date.minusDays(1).toString(), DatePrecision.DAY, m.start(), m.end());
                case "this month" -> new Stated(date.toString().substring(0, 7), DatePrecision.MONTH, m.start(),
                        m.end());
                case "last month" -> new Stated(date.minusMonths(1).toString().substring(0, 7), DatePrecision.MONTH,
                        m.start(), m.end());
                case "this year" -> new Stated(Integer.toString(date.getYear()), DatePrecision.YEAR, m.start(),
                        m.end());
                default -> new Stated(Integer.toString(date.getYear() - 1), DatePrecision.YEAR, m.start(), m.end());
            };
            found.add(stated);
        }
    }

    private static boolean take(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        return true;
    }

    private static int month(String name) {
        return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
