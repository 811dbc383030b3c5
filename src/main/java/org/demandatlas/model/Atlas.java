package org.demandatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the site shows, cross-referenced and sorted: jurisdictions by id, documents by id, tactics in
 * taxonomy order, partners by id, states (those with any jurisdiction or document) by code. {@code dataDate} is
 * the latest date stated in the input (ISO), so that builds do not depend on the clock.
 */
public record Atlas(List<Jurisdiction> jurisdictions, List<Document> documents, List<TacticEntry> tactics,
                    List<PartnerEntry> partners, List<StateEntry> states, String dataDate) {
    public Atlas {
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
}
