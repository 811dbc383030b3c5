package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.DatePrecision;
import org.demandatlas.model.Document;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.SeedLine;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.text.Clauses;
import org.demandatlas.text.PlaceMentions;
import org.demandatlas.text.Sentences;

/**
 * Dated statements of every document body: every date a sentence states ({@link StatedDates}: days, months,
 * decades, years, and "today" or "last year" against the document's own date) becomes one event at its own
 * precision, so "in March 2015 and again in February 2016" is two events, and a range ("from 2014 to 2016") one
 * event with a start and an end. A date in a URL, a file name or a report's
 * name is no event. Each event's tactics are those of the clause that holds its date ({@link Clauses}): "began
 * reverse stings in 1980, and routinely seize vehicles" dates reverse stings, not vehicle seizure. Headings are not
 * statements. An event of a sentence about another place than its profile's is attributed to no place
 * ({@link PlaceMentions}). A dated document (a press release) is itself an event: the line that states its date.
 */
public final class TimelineExtractor {
    private TimelineExtractor() {
    }

    /** The dated events of all the catalog's documents, each tagged by {@code tacticsIn} on its date's clause. */
    public static List<TimelineEvent> extract(Catalog catalog, Function<String, Set<String>> tacticsIn) {
        PlaceMentions places = new PlaceMentions(catalog.jurisdictions().stream().map(j -> j.name()).toList());
        Map<String, String> names = new HashMap<>();
        catalog.jurisdictions().forEach(j -> names.put(j.id(), j.name()));
        List<TimelineEvent> events = new ArrayList<>();
        catalog.documents().forEach(d -> events.addAll(eventsOf(d, tacticsIn, places, names)));
        return events;
    }

    static List<TimelineEvent> eventsOf(Document document, Function<String, Set<String>> tacticsIn,
                                        PlaceMentions places, Map<String, String> names) {
        List<TimelineEvent> events = new ArrayList<>();
        issued(document).ifPresent(events::add);
        for (Block block : document.body()) {
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            for (Sentences.Span span : Sentences.spans(block.text())) {
                String sentence = span.text();
                Set<String> seen = new LinkedHashSet<>();
                for (StatedDates.Stated date : StatedDates.in(sentence, document.date())) {
                    if (seen.add(date.iso() + "/" + date.until())) {
                        List<String> tactics = List.copyOf(tacticsIn.apply(Clauses.around(sentence, date.start())));
                        events.add(new TimelineEvent(date.iso(), date.precision(), date.until(),
                                date.untilPrecision(), date.qualifier(), sentence, tactics,
                                placeOf(document, sentence, places, names), document.file(),
                                block.lineAt(span.start())));
                    }
                }
            }
        }
        return events;
    }

    /**
     * The place an event is attributed to: the document's, unless the document is about a place and the sentence
     * names places, none of them that one ("took her to a hotel in East Windsor"): then none.
     */
    private static String placeOf(Document document, String sentence, PlaceMentions places,
                                  Map<String, String> names) {
        String own = document.jurisdiction() == null ? null : names.get(document.jurisdiction());
        return own != null && places.aboutElsewhere(sentence, own) ? null : document.jurisdiction();
    }

    /**
     * The document's own date as an event: the header line that states it ({@code FOR IMMEDIATE RELEASE Jan. 11,
     * 2017}, at its line), or, for a document read without its lines, "Issued: title" at line 0 (the whole file).
     */
    private static Optional<TimelineEvent> issued(Document document) {
        if (document.date() == null) {
            return Optional.empty();
        }
        for (SeedLine line : document.lines()) {
            String text = line.text().strip().replaceAll("\\s+", " ");
            boolean states = StatedDates.in(text, null).stream().anyMatch(d -> d.iso().equals(document.date()));
            if (line.role() == LineRole.HEADER && states) {
                return Optional.of(new TimelineEvent(document.date(), DatePrecision.DAY, text, List.of(),
                        document.jurisdiction(), document.file(), line.number()));
            }
        }
        return Optional.of(new TimelineEvent(document.date(), DatePrecision.DAY, "Issued: " + document.title(),
                List.of(), document.jurisdiction(), document.file(), 0));
    }
}
