package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.demandatlas.catalog.StatedDates.Stated;

/**
 * Ranges and qualifiers of the dates a sentence states. Two dates joined by "to", "through", "until" or a dash
 * ({@code from March 2015 to February 2016}, {@code 2014 – 2016}), or by "and" after "between"
 * ({@code between 2014 and 2016}), are one statement from the first to the second; "in March 2015 and again in
 * February 2016" stays two. The word just before a date that qualifies it ({@code by 2018}, {@code late 2009},
 * {@code mid-1990s}, {@code since 2013}) is kept as written.
 */
final class DateRanges {
    private static final Pattern TO = Pattern.compile("\\s*(?:(?:to|through|thru|until|till)\\s+(?:the\\s+)?"
            + "|[-\u2013\u2014]\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s*and\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(early|mid|late|by|before|after|until|since"
            + "|around|circa)[\\s-]+(?:the\\s+)?$");
    /** How far before a date its qualifier or "between" may stand. */
    private static final int REACH = 24;

    private DateRanges() {
    }

    /** The dates in sentence order, each pair that makes a range joined into one. */
    static List<Stated> join(String prose, List<Stated> dates) {
        List<Stated> joined = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            Stated date = dates.get(i);
            Stated next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            if (next != null && makesRange(prose, date, next)) {
                joined.add(date.through(next, next.end()));
                i++;
            } else {
                joined.add(date);
            }
        }
        return joined;
    }

    private static boolean makesRange(String prose, Stated first, Stated second) {
        if (first.until() != null || second.until() != null || second.start() < first.end()
                || second.iso().compareTo(first.iso()) <= 0) {
            return false;
        }
        String between = prose.substring(first.end(), second.start());
        return TO.matcher(between).matches()
                || AND.matcher(between).matches() && afterBetween(prose, first.start());
    }

    /** Whether "between" stands just before {@code start}, so that "and" ends a range. */
    static boolean afterBetween(String prose, int start) {
        return BETWEEN.matcher(before(prose, start)).find();
    }

    /** Each date with the word that qualifies it as written, if one stands just before it. */
    static List<Stated> qualify(String prose, List<Stated> dates) {
        List<Stated> qualified = new ArrayList<>();
        for (Stated date : dates) {
            var m = QUALIFIER.matcher(before(prose, date.start()));
            qualified.add(m.find() ? date.qualified(m.group(1).toLowerCase(Locale.ROOT)) : date);
        }
        return qualified;
    }

    private static String before(String prose, int start) {
        return prose.substring(Math.max(0, start - REACH), start);
    }
}
