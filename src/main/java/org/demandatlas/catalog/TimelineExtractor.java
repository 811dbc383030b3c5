package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.DatePrecision;
import org.demandatlas.model.Document;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.text.Sentences;

/**
 * Dated statements of every document body: each sentence that names a date ({@code Jan. 11, 2017},
 * {@code February 2014}, {@code September, 2022}, {@code late 1990s}, {@code in 2007}) becomes one event, dated by
 * its most precise date (day, then month, then decade or century, then year; the first of that kind). Headings are
 * not statements. Tactics are left empty here; the evidence finder tags them with the search analyzer.
 */
public final class TimelineExtractor {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String YEAR = "(1[6-9]\\d\\d|20\\d\\d)";
    private static final Pattern DAY = Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2}),?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\.?,?\\s+" + YEAR + "\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(1[6-9]\\d0|20\\d0)['\u2019]?s\\b");
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?<![$#.,\\d-])\\b" + YEAR + "\\b(?!%|[,.]?\\d)");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private TimelineExtractor() {
    }

    /** The dated events of all the catalog's documents. */
    public static List<TimelineEvent> extract(Catalog catalog) {
        List<TimelineEvent> events = new ArrayList<>();
        catalog.documents().forEach(d -> events.addAll(eventsOf(d)));
        return events;
    }

    /** A dated document (a press release) is itself an event, "Issued: title" (line 0: the whole file). */
    static List<TimelineEvent> eventsOf(Document document) {
        List<TimelineEvent> events = new ArrayList<>();
        if (document.date() != null) {
            events.add(new TimelineEvent(document.date(), DatePrecision.DAY, "Issued: " + document.title(), List.of(),
                    document.jurisdiction(), document.file(), 0));
        }
        for (Block block : document.body()) {
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            for (String sentence : Sentences.split(block.text())) {
                dateOf(sentence).ifPresent(date -> events.add(new TimelineEvent(date.iso(), date.precision(),
                        sentence, List.of(), document.jurisdiction(), document.file(), block.line())));
            }
        }
        return events;
    }

    record DatedAs(String iso, DatePrecision precision) {
    }

    static Optional<DatedAs> dateOf(String sentence) {
        Matcher day = DAY.matcher(sentence);
        if (day.find() && Integer.parseInt(day.group(2)) <= 31) {
            return Optional.of(new DatedAs(day.group(3) + "-" + month(day.group(1)) + "-"
                    + String.format(Locale.ROOT, "%02d", Integer.parseInt(day.group(2))), DatePrecision.DAY));
        }
        Matcher month = MONTH_YEAR.matcher(sentence);
        if (month.find()) {
            return Optional.of(new DatedAs(month.group(2) + "-" + month(month.group(1)), DatePrecision.MONTH));
        }
        Matcher decade = DECADE.matcher(sentence);
        if (decade.find()) {
            String start = decade.group(1);
            boolean century = start.endsWith("00");
            return Optional.of(new DatedAs(start, century ? DatePrecision.CENTURY : DatePrecision.DECADE));
        }
        Matcher year = PLAIN_YEAR.matcher(sentence);
        return year.find() ? Optional.of(new DatedAs(year.group(1), DatePrecision.YEAR)) : Optional.empty();
    }

    private static String month(String name) {
        int index = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return String.format(Locale.ROOT, "%02d", index + 1);
    }
}
