package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.demandatlas.model.QualityReport;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * The data-quality report for curators: what a profile claims without support, what it leaves empty, what the
 * parser warned about, and documents that belong nowhere. Each finding names the seed file and line and links to the
 * page section it concerns. Runs on the atlas with evidence (see {@link EvidenceFinder}).
 */
public final class QualityChecks {
    private QualityChecks() {
    }

    public static QualityReport of(Atlas atlas, List<Problem> problems) {
        Map<String, Document> documents = atlas.documentsById();
        List<QualityItem> items = new ArrayList<>();
        for (Jurisdiction j : atlas.jurisdictions()) {
            profileFile(j, documents).ifPresent(file -> items.addAll(profileItems(j, atlas.evidenceOf(j.id()), file)));
        }
        for (Document d : atlas.documents()) {
            if (d.jurisdiction() == null) {
                items.add(new QualityItem(QualityKind.UNLINKED_DOCUMENT, null, "document '" + d.title()
                        + "' concerns no known jurisdiction or state", d.file(), 0, Routes.document(d.id())));
            }
        }
        Map<String, Document> byFile = new HashMap<>();
        atlas.documents().forEach(d -> byFile.putIfAbsent(d.file(), d));
        Map<String, Jurisdiction> jurisdictions = atlas.jurisdictionsById();
        problems.stream().filter(p -> !p.isError()).map(p -> warning(p, byFile, jurisdictions)).forEach(items::add);
        return new QualityReport(items);
    }

    private static List<QualityItem> profileItems(Jurisdiction j, List<TacticEvidence> evidence, String file) {
        String page = Routes.jurisdiction(j.id());
        List<QualityItem> items = new ArrayList<>();
        Map<String, TacticUse> uses = new HashMap<>();
        j.tactics().forEach(t -> uses.putIfAbsent(t.id(), t));
        for (TacticEvidence e : evidence) {
            if (e.listed() && !e.described() && !e.cited()) {
                Optional<TacticUse> use = Optional.ofNullable(uses.get(e.tacticId()));
                items.add(new QualityItem(QualityKind.LISTED_NOT_DESCRIBED, j.id(), "'"
                        + use.map(TacticUse::name).orElse(e.tacticId())
                        + "' is listed but neither described in the narrative nor cited", file,
                        use.map(TacticUse::line).orElse(0), Routes.anchored(page, Anchors.tactic(e.tacticId()))));
            }
        }
        for (int i = 0; i < j.sources().size(); i++) {
            SourceCategory category = j.sources().get(i);
            if (category.citations().isEmpty()) {
                items.add(new QualityItem(QualityKind.EMPTY_SOURCE_CATEGORY, j.id(), "Key Sources heading '"
                        + category.category() + "' has no citation", file, category.line(),
                        Routes.anchored(page, Anchors.sourceGroup(i + 1))));
            }
            category.citations().stream().filter(c -> c.date() == null).forEach(c -> items.add(new QualityItem(
                    QualityKind.CITATION_WITHOUT_DATE, j.id(), "citation '" + c.title() + "' has no date", file,
                    c.line(), Routes.anchored(page, Anchors.SOURCES))));
        }
        j.tactics().stream().filter(t -> !t.known()).forEach(t -> items.add(new QualityItem(
                QualityKind.UNKNOWN_TACTIC, j.id(), "tactic '" + t.asWritten() + "' is not in the taxonomy", file,
                t.line(), Routes.anchored(page, Anchors.tactic(t.id())))));
        PopulationCheck.of(j, file).ifPresent(items::add);
        return items;
    }

    /** A parser warning as a report item; documents by file and jurisdictions by id, so that each is one lookup. */
    private static QualityItem warning(Problem p, Map<String, Document> byFile, Map<String, Jurisdiction> byId) {
        QualityKind kind = groupOf(p.kind());
        Optional<Document> document = Optional.ofNullable(p.file()).map(byFile::get);
        String anchor = document.flatMap(d -> d.findJurisdiction().map(byId::get))
                .filter(j -> document.get().kind() == DocumentKind.PROFILE).map(j -> Routes.jurisdiction(j.id()))
                .or(() -> document.map(d -> Routes.document(d.id()))).orElse(null);
        return new QualityItem(kind, document.map(Document::jurisdiction).orElse(null), p.message(), p.file(),
                p.line(), anchor);
    }

    /** The report's group of a parser warning, by its kind (a new kind does not compile until it is placed). */
    private static QualityKind groupOf(ProblemKind kind) {
        return switch (kind) {
            case DUPLICATE -> QualityKind.DUPLICATE;
            case INPUT, FOLDER, PARSE, CROSS_REFERENCE, OMITTED, INTERNAL -> QualityKind.PARSER_WARNING;
        };
    }

    private static Optional<String> profileFile(Jurisdiction j, Map<String, Document> documents) {
        return j.documents().stream().map(documents::get).filter(d -> d != null && d.kind() == DocumentKind.PROFILE)
                .map(Document::file).findFirst();
    }
}
