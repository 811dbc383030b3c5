package org.demandatlas.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.demandatlas.export.Contract.AtlasJson;
import org.demandatlas.export.Contract.BlockJson;
import org.demandatlas.export.Contract.CitationJson;
import org.demandatlas.export.Contract.DocumentJson;
import org.demandatlas.export.Contract.EvidenceJson;
import org.demandatlas.export.Contract.JurisdictionJson;
import org.demandatlas.export.Contract.SourceJson;
import org.demandatlas.export.Contract.StateJson;
import org.demandatlas.export.Contract.StatuteJson;
import org.demandatlas.export.Contract.TacticJson;
import org.demandatlas.export.Contract.TimelineEventJson;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Citation;
import org.demandatlas.model.DatePrecision;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.EvidenceSentence;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Labelled;
import org.demandatlas.model.Partner;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.StatuteRef;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.TimelineEvent;

/**
 * Contract records → model, validated by the model's constructors (which throw IllegalArgumentException on bad
 * data). What the contract leaves out comes back neutral: line numbers 0, a citation's "as written" is its title,
 * tactic evidence phrases empty.
 */
final class ContractReader {
    private static final int NO_LINE = 0;

    private ContractReader() {
    }

    static Atlas atlas(AtlasJson json) {
        Catalog catalog = new Catalog(map(json.jurisdictions(), ContractReader::jurisdiction),
                map(json.documents(), ContractReader::document), map(json.tactics(), ContractReader::tactic),
                map(json.partners(), p -> new PartnerEntry(p.id(), p.name(), p.jurisdictions())),
                map(json.states(), ContractReader::state), json.dataDate());
        Map<String, List<TacticEvidence>> evidence = new HashMap<>();
        for (JurisdictionJson j : map(json.jurisdictions(), Function.identity())) {
            if (evidence.put(j.id(), map(j.evidence(), ContractReader::evidence)) != null) {
                throw new IllegalArgumentException("jurisdiction " + j.id() + " given twice");
            }
        }
        return new Atlas(catalog, evidence, map(json.timeline(), ContractReader::event),
                map(json.statutes(), s -> statute(s, json.documents())));
    }

    /** A statute reference; its file comes from its document (line numbers stay out of the contract). */
    private static StatuteRef statute(StatuteJson s, List<DocumentJson> documents) {
        String file = documents.stream().filter(d -> d.id().equals(s.document())).map(DocumentJson::file)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("statute cited by unknown document "
                        + s.document()));
        return new StatuteRef(s.state(), s.section(), s.subsection(), s.rangeEnd(), s.asWritten(), s.url(),
                s.document(), file, NO_LINE);
    }

    private static TimelineEvent event(TimelineEventJson e) {
        DatePrecision precision = Labelled.require(DatePrecision.class, e.precision(), "date precision");
        DatePrecision endPrecision = e.endPrecision() == null ? null
                : Labelled.require(DatePrecision.class, e.endPrecision(), "date precision");
        return new TimelineEvent(e.date(), precision, e.end(), endPrecision, e.qualifier(), e.sentence(), e.tactics(),
                e.jurisdiction(), e.file(), e.line());
    }

    static Jurisdiction jurisdiction(JurisdictionJson j) {
        JurisdictionType type = j.type() == null ? null : JurisdictionType.find(j.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction type " + j.type()));
        return new Jurisdiction(j.id(), j.name(), new StateRef(j.state().code(), j.state().name()), type,
                j.population(), j.curated(),
                map(j.tactics(), t -> new TacticUse(t.id(), t.name(), t.asWritten(), t.known(), NO_LINE)),
                map(j.partners(), p -> new Partner(p.id(), p.name(), NO_LINE)),
                map(j.sources(), ContractReader::source), map(j.narrative(), ContractReader::block), j.documents());
    }

    private static TacticEvidence evidence(EvidenceJson e) {
        return new TacticEvidence(e.tactic(), e.listed(), e.described(), e.cited(),
                map(e.sentences(), s -> new EvidenceSentence(s.text(), s.line())), e.citationCount());
    }

    static Document document(DocumentJson d) {
        DocumentKind kind = Labelled.require(DocumentKind.class, d.kind(), "document kind");
        return new Document(d.id(), kind, d.classification(), d.file(), d.sha256(), d.title(), d.jurisdiction(),
                d.date(), map(d.body(), ContractReader::block));
    }

    private static TacticEntry tactic(TacticJson t) {
        return new TacticEntry(new TacticDefinition(t.id(), t.name(), t.definition(), t.synonyms(), List.of()),
                t.jurisdictions());
    }

    private static StateEntry state(StateJson s) {
        return new StateEntry(new StateRef(s.code(), s.name()), s.jurisdictions(), s.documents());
    }

    private static SourceCategory source(SourceJson s) {
        return new SourceCategory(s.category(), s.tactics(), map(s.citations(), ContractReader::citation), NO_LINE);
    }

    private static Citation citation(CitationJson c) {
        return new Citation(c.title(), c.publisher(), c.date(), c.title(), NO_LINE);
    }

    private static Block block(BlockJson b) {
        return new Block(Labelled.require(BlockKind.class, b.kind(), "block kind"), b.text(), NO_LINE);
    }

    private static <T, R> List<R> map(List<T> values, Function<T, R> mapping) {
        if (values == null) {
            throw new IllegalArgumentException("missing list");
        }
        return values.stream().map(mapping).toList();
    }
}
