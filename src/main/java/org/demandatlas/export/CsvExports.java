package org.demandatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * {@code jurisdictions.csv} (one row per jurisdiction), {@code citations.csv} (one row per citation, its key
 * {@code ct/hartford#source-3} naming the citation's anchor on the profile) and {@code evidence.csv} (one row per
 * jurisdiction and tactic), sorted by jurisdiction id, citations and tactics in profile order within one
 * jurisdiction. Lists inside a cell are ids joined by {@code ;}. Every column is in the codebook.
 */
final class CsvExports {
    static final List<String> JURISDICTION_HEADER = List.of("id", "name", "state", "state_name", "type",
            "population", "curated", "url", "tactics", "partners", "citations", "documents");
    static final List<String> CITATION_HEADER = List.of("jurisdiction", "key", "url", "category", "tactics", "title",
            "publisher", "date");
    static final List<String> EVIDENCE_HEADER = List.of("jurisdiction", "tactic", "level", "listed", "described",
            "cited", "sentence_count", "citation_count");

    private CsvExports() {
    }

    static void jurisdictions(Atlas atlas, Path file) throws IOException {
        try (CsvTable table = CsvTable.create(file, JURISDICTION_HEADER)) {
            for (Jurisdiction j : sorted(atlas)) {
                table.add(row(j));
            }
        }
    }

    private static List<String> row(Jurisdiction j) {
        return List.of(j.id(), j.name(), j.state().code(), j.state().name(),
                j.findType().map(JurisdictionType::id).orElse(""),
                j.population() == null ? "" : j.population().toString(), Boolean.toString(j.curated()),
                Routes.jurisdiction(j.id()),
                joined(j.tactics(), TacticUse::id), joined(j.partners(), Partner::id),
                Integer.toString(j.citationCount()), String.join(";", j.documents()));
    }

    static void citations(Atlas atlas, Path file) throws IOException {
        try (CsvTable table = CsvTable.create(file, CITATION_HEADER)) {
            for (Jurisdiction j : sorted(atlas)) {
                int number = 0;
                for (SourceCategory source : j.sources()) {
                    for (Citation citation : source.citations()) {
                        String anchor = Anchors.citation(++number);
                        table.add(List.of(j.id(), j.id() + "#" + anchor,
                                Routes.anchored(Routes.jurisdiction(j.id()), anchor), source.category(),
                                String.join(";", source.tactics()), citation.title(), Objects.toString(citation.publisher(), ""),
                                Objects.toString(citation.date(), "")));
                    }
                }
            }
        }
    }

    /** One row per jurisdiction and tactic with evidence: how the tactic is known (see the codebook). */
    static void evidence(Atlas atlas, Path file) throws IOException {
        try (CsvTable table = CsvTable.create(file, EVIDENCE_HEADER)) {
            for (Jurisdiction j : sorted(atlas)) {
                for (TacticEvidence e : atlas.evidenceOf(j.id())) {
                    table.add(List.of(j.id(), e.tacticId(), e.level().id(), Boolean.toString(e.listed()),
                            Boolean.toString(e.described()), Boolean.toString(e.cited()),
                            Integer.toString(e.sentences().size()), Integer.toString(e.citationCount())));
                }
            }
        }
    }

    private static List<Jurisdiction> sorted(Atlas atlas) {
        return atlas.jurisdictions().stream().sorted(Comparator.comparing(Jurisdiction::id)).toList();
    }

    private static <T> String joined(List<T> values, Function<T, String> id) {
        return values.stream().map(id).distinct().collect(Collectors.joining(";"));
    }
}
