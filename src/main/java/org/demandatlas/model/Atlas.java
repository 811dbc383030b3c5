package org.demandatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the site shows, cross-referenced and sorted: jurisdictions by id, documents by id, tactics in
 * taxonomy order, partners by id, states (those with any jurisdiction or document) by code. {@code dataDate} is
 * the latest date stated in the input (ISO), so that builds do not depend on the clock. {@code timeline}: dated
 * statements of every document, in date order (empty until extracted). {@code quality}: findings for curators
 * (empty until checked; exported as {@code data/quality.json}, not in the contract). {@code statutes}: statute
 * references of the documents (empty until found).
 */
public record Atlas(List<Jurisdiction> jurisdictions, List<Document> documents, List<TacticEntry> tactics,
                    List<PartnerEntry> partners, List<StateEntry> states, String dataDate,
                    List<TimelineEvent> timeline, List<QualityItem> quality,
                    List<StatuteRef> statutes) {
    public Atlas {
        jurisdictions = Checks.copy(jurisdictions);
        documents = Checks.copy(documents);
        tactics = Checks.copy(tactics);
        partners = Checks.copy(partners);
        states = Checks.copy(states);
        timeline = Checks.copy(timeline).stream().sorted(TimelineEvent.ORDER).toList();
        quality = Checks.copy(quality).stream().sorted(QualityItem.ORDER).toList();
        statutes = Checks.copy(statutes);
    }

    /** An atlas without a timeline or quality report. */
    public Atlas(List<Jurisdiction> jurisdictions, List<Document> documents, List<TacticEntry> tactics,
                 List<PartnerEntry> partners, List<StateEntry> states, String dataDate) {
        this(jurisdictions, documents, tactics, partners, states, dataDate, List.of(), List.of(), List.of());
    }

    public Atlas withJurisdictions(List<Jurisdiction> newJurisdictions) {
        return new Atlas(newJurisdictions, documents, tactics, partners, states, dataDate, timeline, quality, statutes);
    }

    /** The same atlas with its dated events (sorted by date, file, line). */
    public Atlas withTimeline(List<TimelineEvent> events) {
        return new Atlas(jurisdictions, documents, tactics, partners, states, dataDate, events, quality, statutes);
    }

    /** The same atlas with its data-quality findings (sorted by kind, file, line). */
    public Atlas withQuality(List<QualityItem> items) {
        return new Atlas(jurisdictions, documents, tactics, partners, states, dataDate, timeline, items, statutes);
    }

    /** The same atlas with the statute references of its documents (in document and text order). */
    public Atlas withStatutes(List<StatuteRef> refs) {
        return new Atlas(jurisdictions, documents, tactics, partners, states, dataDate, timeline, quality, refs);
    }

    /** The events stated in any of the given files, in date order. */
    public List<TimelineEvent> timelineOf(Set<String> files) {
        return timeline.stream().filter(e -> files.contains(e.file())).toList();
    }

    public Optional<Jurisdiction> findJurisdiction(String id) {
        return jurisdictions.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    public Optional<Document> findDocument(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Jurisdictions by id, for callers that look up many. */
    public Map<String, Jurisdiction> jurisdictionsById() {
        return jurisdictions.stream().collect(Collectors.toMap(Jurisdiction::id, Function.identity()));
    }

    /** Documents by id, for callers that look up many. */
    public Map<String, Document> documentsById() {
        return documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }
}
