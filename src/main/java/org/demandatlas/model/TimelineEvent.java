package org.demandatlas.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dated statement of a narrative or document: ISO date at its precision (a decade is its first year, {@code 1990}
 * for "the 1990s"); for a range ("from 2014 to 2016", "January and February 2018") its end at its own precision,
 * else null; the word that qualifies the date as written ({@code by}, {@code late}, {@code since}, …, else null);
 * the sentence, the tactics it mentions, the jurisdiction it is attributed to (a place id, a state id, or null),
 * the seed file and the line the sentence starts on.
 */
public record TimelineEvent(String date, DatePrecision precision, String end, DatePrecision endPrecision,
                            String qualifier, String sentence, List<String> tactics, String jurisdiction, String file,
                            int line) {
    public static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(TimelineEvent::file).thenComparingInt(TimelineEvent::line)
            .thenComparing(TimelineEvent::sentence);

    public TimelineEvent {
        Objects.requireNonNull(precision, "precision");
        requireFits(date, precision);
        if ((end == null) != (endPrecision == null)) {
            throw new IllegalArgumentException("a range's end needs its precision, and only a range has one");
        }
        if (end != null) {
            requireFits(end, endPrecision);
            if (end.compareTo(date) <= 0) {
                throw new IllegalArgumentException("range end " + end + " is not after its start " + date);
            }
        }
        if (qualifier != null && !qualifier.matches("[a-z]+")) {
            throw new IllegalArgumentException("qualifier must be one lower-case word, was " + qualifier);
        }
        Checks.requireText(sentence, "timeline sentence");
        tactics = Checks.copy(tactics);
        tactics.forEach(Slugs::requireSlug);
        Checks.requireText(file, "file");
        Checks.requireLine(line);
    }

    /** A single date, unqualified. */
    public TimelineEvent(String date, DatePrecision precision, String sentence, List<String> tactics,
                         String jurisdiction, String file, int line) {
        this(date, precision, null, null, null, sentence, tactics, jurisdiction, file, line);
    }

    private static void requireFits(String date, DatePrecision precision) {
        if (!precision.accepts(date)) {
            throw new IllegalArgumentException("date " + date + " does not fit precision " + precision.id());
        }
    }

    public String year() {
        return date.substring(0, 4);
    }

    public boolean isRange() {
        return end != null;
    }

    /** The newest date the event states: its end for a range, else its date. */
    public String latest() {
        return end == null ? date : end;
    }

    public TimelineEvent withTactics(List<String> tacticIds) {
        return new TimelineEvent(date, precision, end, endPrecision, qualifier, sentence, tacticIds, jurisdiction,
                file, line);
    }
}
