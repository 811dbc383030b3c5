package org.demandatlas.render;

import org.demandatlas.text.PlaceMentions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TimelineEvent;

/** The atlas with every lookup the pages need precomputed once, so that building any page is linear. */
final class SiteIndex {
    private final Atlas atlas;
    private final Map<String, Jurisdiction> jurisdictions;
    private final Map<String, Document> documents;
    private final Map<String, TacticEntry> tactics;
    private final Map<String, PartnerEntry> partners;
    private final Map<String, StateEntry> states;
    private final Map<String, List<CitationRef>> citationsByJurisdiction = new HashMap<>();
    private final Map<String, List<CitationRef>> citationsByTactic = new HashMap<>();
    private final List<CitationRef> allCitations = new ArrayList<>();
    private final Map<String, List<TimelineEvent>> timelineByFile = new HashMap<>();
    private final Map<String, List<Document>> documentsByFile = new HashMap<>();
    private final PlaceMentions places;

    SiteIndex(Atlas atlas) {
        this.atlas = atlas;
        this.jurisdictions = atlas.jurisdictionsById();
        this.documents = atlas.documentsById();
        this.tactics = byKey(atlas.tactics(), t -> t.tactic().id());
        this.partners = byKey(atlas.partners(), PartnerEntry::id);
        this.states = byKey(atlas.states(), s -> s.state().slug());
        atlas.jurisdictions().forEach(this::numberCitations);
        atlas.timeline().forEach(e -> timelineByFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        atlas.documents().forEach(d -> documentsByFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d));
        this.places = new PlaceMentions(atlas.jurisdictions().stream().map(Jurisdiction::name).toList());
    }

    /** The places timeline sentences may name: every jurisdiction's name (built once, not per page). */
    PlaceMentions places() {
        return places;
    }

    /** {@link Atlas#findDataDate(Jurisdiction)}, with the documents and events looked up instead of searched. */
    Optional<String> findDataDate(Jurisdiction j) {
        Set<String> files = j.documents().stream().map(this::findDocument).flatMap(Optional::stream)
                .map(Document::file).collect(Collectors.toSet());
        return findDataDate(files, j.sources().stream().flatMap(c -> c.citations().stream()).map(Citation::date));
    }

    /**
     * {@link Atlas#findDataDate(Collection, Collection)} (the "as of" of a state, tactic, partner or compare page),
     * with each profile's documents and events looked up instead of searched: a scan per page was quadratic at
     * 10,000 profiles (4,811 partner pages).
     */
    Optional<String> findDataDate(Collection<String> jurisdictionIds, Collection<String> documentIds) {
        java.util.stream.Stream<String> profiles = jurisdictionIds.stream().map(this::findJurisdiction)
                .flatMap(Optional::stream).map(this::findDataDate).flatMap(Optional::stream);
        Set<String> files = documentIds.stream().map(this::findDocument).flatMap(Optional::stream)
                .map(Document::file).collect(Collectors.toSet());
        return findDataDate(files, profiles);
    }

    /** {@link Atlas#findDataDate(Set, java.util.stream.Stream)}, looked up by file. */
    Optional<String> findDataDate(Set<String> files, java.util.stream.Stream<String> others) {
        java.util.stream.Stream<String> documented = files.stream()
                .flatMap(f -> documentsByFile.getOrDefault(f, List.of()).stream()).map(Document::date);
        java.util.stream.Stream<String> events = files.stream()
                .flatMap(f -> timelineByFile.getOrDefault(f, List.of()).stream()).map(TimelineEvent::latest);
        return java.util.stream.Stream.of(documented, events, others).flatMap(d -> d)
                .filter(java.util.Objects::nonNull).max(String::compareTo);
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate id " + key.apply(a));
        }, LinkedHashMap::new));
    }

    private void numberCitations(Jurisdiction jurisdiction) {
        List<CitationRef> refs = new ArrayList<>();
        for (SourceCategory category : jurisdiction.sources()) {
            for (Citation citation : category.citations()) {
                CitationRef ref = new CitationRef(jurisdiction, refs.size() + 1, category, citation);
                refs.add(ref);
                category.tactics().forEach(t -> citationsByTactic.computeIfAbsent(t, k -> new ArrayList<>()).add(ref));
            }
        }
        citationsByJurisdiction.put(jurisdiction.id(), List.copyOf(refs));
        allCitations.addAll(refs);
    }

    Atlas atlas() {
        return atlas;
    }

    Optional<Jurisdiction> findJurisdiction(String id) {
        return Optional.ofNullable(jurisdictions.get(id));
    }

    Jurisdiction requireJurisdiction(String id) {
        return findJurisdiction(id).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + id));
    }

    Optional<Document> findDocument(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The dated events of the jurisdiction's documents (its profile, articles about it), in date order. */
    List<TimelineEvent> timelineOf(Jurisdiction jurisdiction) {
        Set<String> files = jurisdiction.documents().stream().map(this::findDocument).flatMap(Optional::stream)
                .map(Document::file).collect(Collectors.toSet());
        return timelineOf(files);
    }

    /** The events stated in any of the given files, in date order (each file's events are looked up, not searched). */
    List<TimelineEvent> timelineOf(Set<String> files) {
        List<TimelineEvent> events = new ArrayList<>();
        files.forEach(f -> events.addAll(timelineByFile.getOrDefault(f, List.of())));
        events.sort(TimelineEvent.ORDER);
        return events;
    }

    Optional<TacticEntry> findTactic(String id) {
        return Optional.ofNullable(tactics.get(id));
    }

    Optional<PartnerEntry> findPartner(String id) {
        return Optional.ofNullable(partners.get(id));
    }

    Optional<StateEntry> findState(String slug) {
        return Optional.ofNullable(states.get(slug));
    }

    /** The citations of a profile, numbered. */
    List<CitationRef> citationsOf(String jurisdictionId) {
        return citationsByJurisdiction.getOrDefault(jurisdictionId, List.of());
    }

    /** The citations whose source category supports a tactic, in jurisdiction order. */
    List<CitationRef> citationsFor(String tacticId) {
        return citationsByTactic.getOrDefault(tacticId, List.of());
    }

    List<CitationRef> allCitations() {
        return allCitations;
    }

    int curatedCount() {
        return (int) atlas.jurisdictions().stream().filter(Jurisdiction::curated).count();
    }
}
