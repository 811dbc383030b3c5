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
 * months ({@code February 2014}, {@code September, 2022}), decades and centuries ({@code late 1990s},
 * {@code 1800s}), years ({@code in 2007}), and relative dates ({@code today}, {@code yesterday}, {@code this month},
 * {@code last year}) resolved against the document's own date (and ignored when the document states none). A range
 * stays one statement with a start and an end ({@link DateRanges}: {@code from 2014 to 2016}, {@code between 2014 and
 * 2016}, {@code 2014–2016}, {@code January and February 2018}); a list of three or more months is one statement per
 * month. The word that qualifies a date as written ({@code by 2018}, {@code late 2009}) is kept. A year inside a URL
 * or a file name, or naming a report ({@code 2016 Annual Report}), is not a stated date; nor is a plain year that a
 * more precise date of the same sentence already gives ({@code in 2014, in February 2014}).
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

    private static final Pattern YEAR_SPAN = Pattern.compile("(?<![$#.,\\d-])\\b" + YEAR + "\\s*[-\u2013\u2014]\\s*"
            + YEAR + "\\b(?![-\u2013]?\\d)");

    /**
     * A date as a sentence states it: ISO form, precision, for a range its end (else null), the qualifying word as
     * written (else null), and where it stands in the sentence.
     */
    record Stated(String iso, DatePrecision precision, String until, DatePrecision untilPrecision, String qualifier,
                  int start, int end) {
        Stated(String iso, DatePrecision precision, int start, int end) {
            this(iso, precision, null, null, null, start, end);
        }

        Stated through(Stated last, int newEnd) {
            return new Stated(iso, precision, last.iso, last.precision, qualifier, start, newEnd);
        }

        Stated qualified(String word) {
            return new Stated(iso, precision, until, untilPrecision, word, start, end);
        }
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
        yearSpans(prose, taken, found);
        years(prose, taken, found);
        found.sort(Comparator.comparingInt(Stated::start).thenComparing(Stated::iso));
        List<Stated> stated = new ArrayList<>(DateRanges.qualify(prose, DateRanges.join(prose, found)));
        relative(prose, documentDate, stated);
        stated.sort(Comparator.comparingInt(Stated::start).thenComparing(Stated::iso));
        return List.copyOf(stated);
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
            List<Stated> each = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            Matcher month = ONE_MONTH.matcher(m.group(1));
            while (month.find()) {
                each.add(new Stated(m.group(2) + "-" + String.format(Locale.ROOT, "%02d", month(month.group())),
                        DatePrecision.MONTH, m.start(1) + month.start(), m.end()));
                ends.add(m.start(1) + month.end());
            }
            boolean range = each.size() == 2 && spans(prose.substring(ends.get(0), each.get(1).start()),
                    each.get(0).iso(), each.get(1).iso(), DateRanges.afterBetween(prose, m.start()));
            found.addAll(range ? List.of(each.get(0).through(each.get(1), m.end())) : each);
        }
    }

    /**
     * Whether two months of one year make one period: "March to May", "March–May", or two months in a row joined by
     * "and" ("January and February", or any two after "between"); "January and March" or "January or February"
     * are two statements.
     */
    private static boolean spans(String between, String first, String second, boolean afterBetween) {
        int gap = Integer.parseInt(second.substring(5)) - Integer.parseInt(first.substring(5));
        String joint = between.replace(".", "").strip().toLowerCase(Locale.ROOT);
        boolean and = joint.equals("and") && (gap == 1 || afterBetween);
        return gap > 0 && (and || List.of("to", "through", "-", "\u2013").contains(joint));
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

    /** {@code 2014–2016}, {@code 2014-2016}: one statement from the first year to the second. */
    private static void yearSpans(String prose, boolean[] taken, List<Stated> found) {
        Matcher m = YEAR_SPAN.matcher(prose);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to > from && to - from < 100 && take(taken, m.start(), m.end())) {
                found.add(new Stated(m.group(1), DatePrecision.YEAR, m.group(2), DatePrecision.YEAR, null,
                        m.start(), m.end()));
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
