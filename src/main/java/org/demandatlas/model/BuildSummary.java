package org.demandatlas.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one build read and found, for the build report: the number of seed files read, every problem (sorted by
 * {@link Problem#ORDER}) and the number of documents of each kind. Counts per severity are derived.
 */
public record BuildSummary(int seedsRead, List<Problem> problems, Map<DocumentKind, Integer> documentsByKind) {
    public BuildSummary {
        if (seedsRead < 0) {
            throw new IllegalArgumentException("seedsRead must be >= 0, was " + seedsRead);
        }
        problems = problems.stream().sorted(Problem.ORDER).toList();
        Map<DocumentKind, Integer> counts = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            counts.put(kind, Objects.requireNonNullElse(documentsByKind.get(kind), 0));
        }
        documentsByKind = Collections.unmodifiableMap(counts);
    }

    /** The summary of the documents of an atlas and the problems found on the way. */
    public static BuildSummary of(int seedsRead, List<Problem> problems, List<Document> documents) {
        Map<DocumentKind, Integer> counts = new EnumMap<>(DocumentKind.class);
        documents.forEach(document -> counts.merge(document.kind(), 1, Integer::sum));
        return new BuildSummary(seedsRead, problems, counts);
    }

    /** How many problems have each severity, in {@link Severity} order (zero included). */
    public Map<Severity, Integer> problemsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, (int) problems.stream().filter(p -> p.severity() == severity).count());
        }
        return Collections.unmodifiableMap(counts);
    }
}
