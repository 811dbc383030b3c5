package org.demandatlas.export;

import java.util.List;
import java.util.function.Function;
import org.demandatlas.export.Contract.AtlasJson;
import org.demandatlas.export.Contract.BlockJson;
import org.demandatlas.export.Contract.CitationJson;
import org.demandatlas.export.Contract.DocumentJson;
import org.demandatlas.export.Contract.EvidenceJson;
import org.demandatlas.export.Contract.JurisdictionJson;
import org.demandatlas.export.Contract.ParsedDocumentJson;
import org.demandatlas.export.Contract.PartnerJson;
import org.demandatlas.export.Contract.PartnerRefJson;
import org.demandatlas.export.Contract.ProblemJson;
import org.demandatlas.export.Contract.SentenceJson;
import org.demandatlas.export.Contract.SourceJson;
import org.demandatlas.export.Contract.StateJson;
import org.demandatlas.export.Contract.StateRefJson;
import org.demandatlas.export.Contract.StatuteJson;
import org.demandatlas.export.Contract.TacticJson;
import org.demandatlas.export.Contract.TacticUseJson;
import org.demandatlas.export.Contract.TimelineEventJson;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.Problem;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.StatuteRef;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.routes.Routes;

/**
 * Model → contract records. Seed line numbers (except those of evidence sentences, which curators need), citations as
 * written and the taxonomy's evidence phrases stay out of the contract.
 */
final class ContractWriter {
    private ContractWriter() {
    }

    static AtlasJson atlas(Atlas atlas) {
        return new AtlasJson(map(atlas.jurisdictions(), j -> jurisdiction(j, atlas.evidenceOf(j.id()))),
                map(atlas.documents(), ContractWriter::document), map(atlas.tactics(), ContractWriter::tactic),
                map(atlas.partners(), ContractWriter::partner), map(atlas.states(), ContractWriter::state),
                atlas.dataDate(), map(atlas.timeline(), ContractWriter::event),
                map(atlas.statutes(), ContractWriter::statute));
    }

    static StatuteJson statute(StatuteRef s) {
        return new StatuteJson(s.state(), s.section(), s.subsection(), s.rangeEnd(), s.asWritten(), s.url(),
                s.document());
    }

    static TimelineEventJson event(TimelineEvent e) {
        return new TimelineEventJson(e.date(), e.precision().id(), e.end(),
                e.endPrecision() == null ? null : e.endPrecision().id(), e.qualifier(), e.sentence(), e.tactics(),
                e.jurisdiction(), e.file(), e.line());
    }

    static JurisdictionJson jurisdiction(Jurisdiction j, List<TacticEvidence> evidence) {
        return new JurisdictionJson(j.id(), j.name(), new StateRefJson(j.state().code(), j.state().name()),
                j.findType().map(JurisdictionType::id).orElse(null), j.population(), Routes.jurisdiction(j.id()),
                j.curated(),
                map(j.tactics(), t -> new TacticUseJson(t.id(), t.name(), t.asWritten(), t.known())),
                map(j.partners(), p -> new PartnerRefJson(p.id(), p.name())),
                map(j.sources(), ContractWriter::source), map(j.narrative(), ContractWriter::block), j.documents(),
                map(evidence, ContractWriter::evidence));
    }

    private static EvidenceJson evidence(TacticEvidence e) {
        return new EvidenceJson(e.tacticId(), e.level().id(), e.listed(), e.described(), e.cited(),
                e.citationCount(), map(e.sentences(), s -> new SentenceJson(s.text(), s.line())));
    }

    static DocumentJson document(Document d) {
        return new DocumentJson(d.id(), d.kind().id(), d.curated(), d.classification(), d.file(), d.sha256(),
                d.title(), d.jurisdiction(), d.date(), Routes.document(d.id()), map(d.body(), ContractWriter::block));
    }

    static ParsedDocumentJson parsedDocument(ParsedDocument parsed) {
        return new ParsedDocumentJson(parsed.file(), parsed.findDocument().map(ContractWriter::document).orElse(null),
                parsed.findJurisdiction().map(j -> jurisdiction(j, List.of())).orElse(null),
                map(parsed.problems(), ContractWriter::problem));
    }

    static TacticJson tactic(TacticEntry entry) {
        return new TacticJson(entry.tactic().id(), entry.tactic().name(), entry.tactic().definition(),
                entry.tactic().synonyms(), entry.jurisdictions());
    }

    static PartnerJson partner(PartnerEntry entry) {
        return new PartnerJson(entry.id(), entry.name(), Routes.partner(entry.id()), entry.jurisdictions());
    }

    static StateJson state(StateEntry entry) {
        return new StateJson(entry.state().code(), entry.state().name(), Routes.state(entry.state().code()),
                entry.jurisdictions(),
                entry.documents());
    }

    private static SourceJson source(SourceCategory source) {
        return new SourceJson(source.category(), source.tactics(), map(source.citations(), ContractWriter::citation));
    }

    private static CitationJson citation(Citation citation) {
        return new CitationJson(citation.title(), citation.publisher(), citation.date());
    }

    private static BlockJson block(Block block) {
        return new BlockJson(block.kind().id(), block.text());
    }

    private static ProblemJson problem(Problem problem) {
        return new ProblemJson(problem.file(), problem.line(), problem.column(), problem.severity().label(),
                problem.message());
    }

    private static <T, R> List<R> map(List<T> values, Function<T, R> mapping) {
        return values.stream().map(mapping).toList();
    }
}
