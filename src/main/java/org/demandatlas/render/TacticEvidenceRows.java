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
            level(context.index().atlas(), j, tacticId).ifPresent(level -> rows.add(new EvidenceRow(
                    context.views().jurisdiction(j, href), evidence, j.state().code(), level.id(),
                    EvidenceViews.symbol(level), level.label(), since(j, tacticId).orElse(null))));
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

    /** The jurisdiction's evidence level for the tactic; empty when it neither lists, describes nor cites it. */
    static Optional<EvidenceLevel> level(Atlas atlas, Jurisdiction j, String tacticId) {
        return atlas.findEvidence(j.id(), tacticId).map(TacticEvidence::level);
    }

    private Optional<String> since(Jurisdiction j, String tacticId) {
        return context.index().timelineOf(j).stream().filter(e -> e.tactics().contains(tacticId))
                .map(TimelineEvent::year).min(String::compareTo);
    }
}
