package org.demandatlas.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dated statement of a narrative or document: ISO date at its precision (a decade is its first year, {@code 1990}
 * for "the 1990s"), the sentence, the tactics it mentions, the jurisdiction of its document (a place id, a state
 * id, or null), the seed file and line.
 */
public record TimelineEvent(String date, DatePrecision precision, String sentence, List<String> tactics,
                           String jurisdiction, String file, int line) {
    public static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(TimelineEvent::file).thenComparingInt(TimelineEvent::line)
            .thenComparing(TimelineEvent::sentence);

    public TimelineEvent {
        Objects.requireNonNull(precision, "precision");
        if (!precision.accepts(date)) {
            throw new IllegalArgumentException("date " + date + " does not fit precision " + precision.id());
        }
        Checks.requireText(sentence, "timeline sentence");
        tactics = Checks.copy(tactics);
        tactics.forEach(Slugs::requireSlug);
        Checks.requireText(file, "file");
        Checks.requireLine(line);
    }

    public String year() {
        return date.substring(0, 4);
    }

    public TimelineEvent withTactics(List<String> tacticIds) {
        return new TimelineEvent(date, precision, sentence, tacticIds, jurisdiction, file, line);
    }
}
