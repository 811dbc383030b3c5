package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.render.page.EvidenceRow;
import org.demandatlas.render.page.EvidenceView;
import org.demandatlas.routes.Routes;

/** The evidence rows and level counts of a tactic page: every jurisdiction that lists, describes or cites it. */
final class TacticEvidenceRows {
    private final BuildContext context;

    TacticEvidenceRows(BuildContext context) {
        this.context = context;
    }

    List<EvidenceRow> rows(String tacticId, Href href) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Jurisdiction j : context.index().atlas().jurisdictions()) {
            String evidence = href.to(Routes.anchored(Routes.jurisdiction(j.id()), EvidenceViews.anchor(tacticId)));
            context.index().atlas().findEvidence(j.id(), tacticId).ifPresent(e -> rows.add(new EvidenceRow(
                    context.views().jurisdiction(j, href), evidence, j.state().code(), e.level().id(),
                    EvidenceViews.symbol(e.level()), e.level().label(), since(j, tacticId).orElse(null),
                    CompareTable.marks(e))));
        }
        return rows;
    }

    static List<EvidenceView.Mark> counts(List<EvidenceRow> rows) {
        List<EvidenceView.Mark> counts = new ArrayList<>();
        for (EvidenceLevel level : EvidenceLevel.values()) {
            long count = rows.stream().filter(r -> r.level().equals(level.id())).count();
            counts.add(new EvidenceView.Mark(EvidenceViews.symbol(level), level.label() + ": " + count));
        }
        return counts;
    }

    /** "2 list it; 1 more describes it": the places that list the tactic and those that only describe it. */
    static String headline(List<EvidenceRow> rows) {
        long listed = rows.stream().filter(r -> !r.level().equals(EvidenceLevel.UNLISTED.id())).count();
        long more = rows.size() - listed;
        String head = listed == 1 ? "1 jurisdiction lists it" : listed + " jurisdictions list it";
        return head + (more == 0 ? "." : "; " + more + " more " + (more == 1 ? "describes" : "describe")
                + " it.");
    }

    /** The jurisdiction's evidence level for the tactic; empty when it neither lists, describes nor cites it. */
    static Optional<EvidenceLevel> level(Atlas atlas, Jurisdiction j, String tacticId) {
        return atlas.findEvidence(j.id(), tacticId).map(TacticEvidence::level);
    }

    private Optional<String> since(Jurisdiction j, String tacticId) {
        return context.index().timelineOf(j).stream().filter(e -> e.tactics().contains(tacticId))
                .map(TimelineEvent::year).min(String::compareTo);
    }
}
