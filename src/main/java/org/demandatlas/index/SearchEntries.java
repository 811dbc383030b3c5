package org.demandatlas.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.routes.Routes;

/**
 * The entries of an atlas in index order: jurisdictions by id, then the documents that are not curated profiles,
 * by id, then the small records of tactics, partners and citations ({@link RecordEntries}). The position of an entry in this list is its ordinal: its Lucene doc id and its number in the static
 * search data.
 */
public final class SearchEntries {
    private SearchEntries() {
    }

    public static List<SearchEntry> of(Atlas atlas, TacticSynonyms synonyms) {
        PassageUnits passages = new PassageUnits(synonyms);
        List<SearchEntry> entries = new ArrayList<>();
        atlas.jurisdictions().stream().sorted(Comparator.comparing(Jurisdiction::id))
                .map(j -> ofJurisdiction(j, atlas.evidenceOf(j.id()), passages)).forEach(entries::add);
        Map<String, Jurisdiction> jurisdictions = atlas.jurisdictionsById();
        atlas.documents().stream().filter(d -> !d.curated()).sorted(Comparator.comparing(Document::id))
                .map(d -> ofDocument(d, jurisdictions, atlas.states(), passages)).forEach(entries::add);
        entries.addAll(RecordEntries.of(atlas, passages));
        return List.copyOf(entries);
    }

    private static SearchEntry ofJurisdiction(Jurisdiction j, List<TacticEvidence> evidence, PassageUnits units) {
        List<String> citations = j.sources().stream().flatMap(SearchEntries::sourceTexts).toList();
        return new SearchEntry(j.id(), SearchFields.KIND_JURISDICTION, j.curated(), j.name(),
                Routes.jurisdiction(j.id()),
                j.state().code(), j.state().name(), j.findType().map(JurisdictionType::id).orElse(""), j.tactics().stream().map(TacticUse::id).toList(),
                j.tactics().stream().map(TacticUse::name).toList(),
                j.partners().stream().map(p -> p.name()).toList(), citations, text(j.narrative()),
                evidence.stream().map(e -> e.tacticId() + "/" + e.level().id()).toList(),
                j.population() == null ? 0 : j.population(), units.ofJurisdiction(j, evidence));
    }

    private static Stream<String> sourceTexts(SourceCategory source) {
        Stream<String> citations = source.citations().stream()
                .flatMap(c -> c.publisher() == null ? Stream.of(c.title()) : Stream.of(c.title(), c.publisher()));
        return Stream.concat(Stream.of(source.category()), citations);
    }

    private static SearchEntry ofDocument(Document d, Map<String, Jurisdiction> jurisdictions,
                                          List<StateEntry> states, PassageUnits units) {
        Optional<Jurisdiction> place = d.findJurisdiction().map(jurisdictions::get);
        Optional<StateRef> state = place.map(Jurisdiction::state)
                .or(() -> d.findJurisdiction().flatMap(id -> findState(id.split("/")[0], states)));
        boolean stateLevel = d.findJurisdiction().filter(id -> !id.contains("/")).isPresent();
        String type = place.flatMap(Jurisdiction::findType).map(JurisdictionType::id)
                .orElse(stateLevel && state.isPresent() ? JurisdictionType.STATE.id() : "");
        return new SearchEntry(d.id(), d.kind().id(), d.curated(), d.title(), Routes.document(d.id()),
                state.map(StateRef::code).orElse(""), state.map(StateRef::name).orElse(""), type,
                List.of(), List.of(), List.of(), List.of(), text(d.body()), List.of(), 0,
                units.sentences(d.body(), List.of()));
    }

    private static Optional<StateRef> findState(String slug, List<StateEntry> states) {
        return states.stream().map(StateEntry::state).filter(s -> s.slug().equals(slug)).findFirst();
    }

    private static String text(List<Block> blocks) {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }
}
