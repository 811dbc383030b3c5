package org.demandatlas.model;

import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the site publishes: the {@link Catalog} and what reading its text found, each complete: per
 * jurisdiction the evidence for its tactics (listed, described, cited; every jurisdiction has an entry, empty when
 * it lists, describes and cites nothing), the dated statements of every document in date order, and the statute
 * references of the documents in document and text order. This is what {@code data/all.json} holds; the curators'
 * {@link QualityReport} is apart from it.
 */
public record Atlas(Catalog catalog, Map<String, List<TacticEvidence>> evidence, List<TimelineEvent> timeline,
                    List<StatuteRef> statutes) {
    public Atlas {
        Objects.requireNonNull(catalog, "catalog");
        evidence = copy(evidence);
        if (!evidence.keySet().equals(catalog.jurisdictionsById().keySet())) {
            throw new IllegalArgumentException("evidence must be given for exactly the catalog's jurisdictions");
        }
        timeline = Checks.copy(timeline).stream().sorted(TimelineEvent.ORDER).toList();
        statutes = Checks.copy(statutes);
    }

    private static Map<String, List<TacticEvidence>> copy(Map<String, List<TacticEvidence>> evidence) {
        Map<String, List<TacticEvidence>> copy = new TreeMap<>();
        evidence.forEach((id, list) -> copy.put(id, Checks.copy(list)));
        return Collections.unmodifiableMap(copy);
    }

    public List<Jurisdiction> jurisdictions() {
        return catalog.jurisdictions();
    }

    public List<Document> documents() {
        return catalog.documents();
    }

    public List<TacticEntry> tactics() {
        return catalog.tactics();
    }

    public List<PartnerEntry> partners() {
        return catalog.partners();
    }

    public List<StateEntry> states() {
        return catalog.states();
    }

    /**
     * The atlas's date: its newest dated statement (document and citation dates, dated events), never older than
     * what it shows; null when nothing is dated.
     */
    public String dataDate() {
        return newest(Stream.concat(Stream.ofNullable(catalog.dataDate()),
                timeline.stream().map(TimelineEvent::latest)));
    }

    /** A page's own "as of": the newest date the jurisdiction's citations, documents and dated events state. */
    public Optional<String> findDataDate(Jurisdiction j) {
        Set<String> files = j.documents().stream().map(this::findDocument).flatMap(Optional::stream)
                .map(Document::file).collect(Collectors.toSet());
        Stream<String> cited = j.sources().stream().flatMap(s -> s.citations().stream()).map(Citation::date);
        return findDataDate(files, cited);
    }

    /**
     * The "as of" of a page that summarises jurisdictions (a state, a tactic, a partner page): the newest date their
     * profiles' statements give, and those of the given further documents (a state's own); empty when none states
     * one. Never the atlas's date when the page's statements are older.
     */
    public Optional<String> findDataDate(Collection<String> jurisdictionIds, Collection<String> documentIds) {
        Stream<String> profiles = jurisdictionIds.stream().map(this::findJurisdiction).flatMap(Optional::stream)
                .map(this::findDataDate).flatMap(Optional::stream);
        Set<String> files = documentIds.stream().map(this::findDocument).flatMap(Optional::stream)
                .map(Document::file).collect(Collectors.toSet());
        return findDataDate(files, profiles);
    }

    /** The newest date stated in the given files (their documents' dates and dated events), and {@code others}. */
    public Optional<String> findDataDate(Set<String> files, Stream<String> others) {
        Stream<String> documented = documents().stream().filter(d -> files.contains(d.file())).map(Document::date);
        Stream<String> events = timelineOf(files).stream().map(TimelineEvent::latest);
        return Optional.ofNullable(newest(Stream.of(documented, events, others).flatMap(s -> s)));
    }

    private static String newest(Stream<String> dates) {
        return dates.filter(Objects::nonNull).max(String::compareTo).orElse(null);
    }

    /** How the jurisdiction's profile supports each tactic it lists, describes or cites. */
    public List<TacticEvidence> evidenceOf(String jurisdictionId) {
        List<TacticEvidence> found = evidence.get(jurisdictionId);
        if (found == null) {
            throw new IllegalArgumentException("unknown jurisdiction " + jurisdictionId);
        }
        return found;
    }

    public Optional<TacticEvidence> findEvidence(String jurisdictionId, String tacticId) {
        return evidenceOf(jurisdictionId).stream().filter(e -> e.tacticId().equals(tacticId)).findFirst();
    }

    /** The events stated in any of the given files, in date order. */
    public List<TimelineEvent> timelineOf(Set<String> files) {
        return timeline.stream().filter(e -> files.contains(e.file())).toList();
    }

    public Optional<Jurisdiction> findJurisdiction(String id) {
        return catalog.findJurisdiction(id);
    }

    public Optional<Document> findDocument(String id) {
        return catalog.findDocument(id);
    }

    public Map<String, Jurisdiction> jurisdictionsById() {
        return catalog.jurisdictionsById();
    }

    public Map<String, Document> documentsById() {
        return catalog.documentsById();
    }
}
