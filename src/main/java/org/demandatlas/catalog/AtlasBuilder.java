package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;

/**
 * Turns the parsed documents of all seed files into one cross-referenced {@link Catalog}, reporting what only shows
 * across files (two profiles of one place, documents about places nobody describes). Files are taken in name order
 * so that "the later file" and the document-id suffixes do not depend on the caller's order. Linear in the input
 * apart from the final sorts.
 */
public final class AtlasBuilder {
    private static final Comparator<Jurisdiction> BY_ID = Comparator.comparing(Jurisdiction::id);
    private final Taxonomy taxonomy;
    private final States states;

    public AtlasBuilder(Taxonomy taxonomy, States states) {
        this.taxonomy = taxonomy;
        this.states = states;
    }

    public CatalogResult build(List<ParsedDocument> parsedDocuments) {
        List<ParsedDocument> inFileOrder = parsedDocuments.stream().filter(p -> p.findDocument().isPresent())
                .sorted(Comparator.comparing(ParsedDocument::file)).toList();
        List<Problem> problems = new ArrayList<>();
        JurisdictionRegistry registry = new JurisdictionRegistry();
        for (ParsedDocument parsed : inFileOrder) {
            parsed.findJurisdiction().flatMap(j -> registry.add(j, parsed.file())).ifPresent(problems::add);
        }
        List<Document> documents = new ArrayList<>();
        for (Document document : DocumentIds.disambiguate(inFileOrder.stream().map(p -> p.document()).toList())) {
            documents.add(resolveJurisdiction(document, registry, problems));
        }
        documents.sort(Comparator.comparing(Document::id));
        List<Jurisdiction> jurisdictions = withDocuments(registry.byId(), documents);
        Catalog catalog = new Catalog(jurisdictions, documents, TacticIndex.build(taxonomy, jurisdictions),
                PartnerIndex.build(jurisdictions), StateIndex.build(states, jurisdictions, documents),
                DataDates.latest(jurisdictions, documents).orElse(null));
        return new CatalogResult(catalog, problems);
    }

    /** Keeps a document's jurisdiction only when it names a known place or state; warns otherwise. */
    private Document resolveJurisdiction(Document document, JurisdictionRegistry registry, List<Problem> problems) {
        Optional<String> target = document.findJurisdiction();
        if (target.isEmpty() || isKnown(target.get(), registry)) {
            return document;
        }
        problems.add(Problem.warning(ProblemKind.CROSS_REFERENCE, document.file(), 1, 1,
                "document " + document.id() + " concerns "
                + target.get() + ", which no profile or article describes (expected a known place or state)"));
        return document.withJurisdiction(null);
    }

    private boolean isKnown(String jurisdictionId, JurisdictionRegistry registry) {
        return StateIndex.isStateId(jurisdictionId)
                ? states.findByCode(jurisdictionId).isPresent()
                : registry.contains(jurisdictionId);
    }

    /** Each jurisdiction with the ids of all documents about it; documents and result sorted by id. */
    private static List<Jurisdiction> withDocuments(Map<String, Jurisdiction> byId, List<Document> documentsById) {
        Map<String, List<String>> documentIds = new HashMap<>();
        for (Document document : documentsById) {
            document.findJurisdiction().filter(byId::containsKey)
                    .ifPresent(id -> documentIds.computeIfAbsent(id, k -> new ArrayList<>()).add(document.id()));
        }
        List<Jurisdiction> result = new ArrayList<>(byId.size());
        byId.forEach((id, jurisdiction) -> result.add(
                jurisdiction.withDocuments(documentIds.getOrDefault(id, List.of()))));
        result.sort(BY_ID);
        return result;
    }
}
