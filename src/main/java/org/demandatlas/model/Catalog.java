package org.demandatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the catalog stage makes of all parsed documents, cross-referenced and sorted: jurisdictions by id, documents
 * by id, tactics in taxonomy order, partners by id, states (those with any jurisdiction or document) by code.
 * {@code dataDate} is the latest date stated in the input (ISO, null when none), so that builds do not depend on
 * the clock. Nothing here is derived from reading the text: that is what {@link Atlas} adds.
 */
public record Catalog(List<Jurisdiction> jurisdictions, List<Document> documents, List<TacticEntry> tactics,
                      List<PartnerEntry> partners, List<StateEntry> states, String dataDate) {
    public Catalog {
        jurisdictions = Checks.copy(jurisdictions);
        documents = Checks.copy(documents);
        tactics = Checks.copy(tactics);
        partners = Checks.copy(partners);
        states = Checks.copy(states);
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

    /** The tactic definitions of the taxonomy, in its order. */
    public List<TacticDefinition> taxonomy() {
        return tactics.stream().map(TacticEntry::tactic).toList();
    }
}
