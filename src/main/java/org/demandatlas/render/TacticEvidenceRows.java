package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.render.page.EvidenceRow;
import org.demandatlas.render.page.EvidenceView;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.Clauses;
import org.demandatlas.text.Statements;

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
                    EvidenceViews.symbol(e.level()), e.level().label(), earliest(j, tacticId).orElse(null),
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

    /**
     * What the profile dates of the tactic: "since YEAR" only where the earliest dated statement says the practice
     * began then ("began conducting reverse stings in 1980"), else the earliest dated mention, counting the dated
     * citations of Key Sources headings for it ("1998 (earliest dated mention, a cited source)"); empty when none.
     */
    private Optional<String> earliest(Jurisdiction j, String tacticId) {
        Optional<TimelineEvent> event = context.index().timelineOf(j).stream()
                .filter(e -> e.tactics().contains(tacticId) && j.id().equals(e.jurisdiction()))
                .min(TimelineEvent.ORDER);
        Optional<String> cited = j.sources().stream().filter(s -> s.tactics().contains(tacticId))
                .flatMap(s -> s.citations().stream()).map(Citation::date).filter(Objects::nonNull)
                .map(date -> date.substring(0, 4)).min(String::compareTo);
        String name = context.index().findTactic(tacticId).map(t -> t.tactic().name()).orElse(tacticId);
        if (event.isPresent() && (cited.isEmpty() || event.get().year().compareTo(cited.get()) <= 0)) {
            TimelineEvent first = event.get();
            int at = Math.max(0, first.sentence().indexOf(first.year()));
            return Optional.of(Statements.saysBeginning(Clauses.around(first.sentence(), at))
                    ? name + " since " + first.year() : first.year() + " (earliest dated mention)");
        }
        return cited.map(year -> year + " (earliest dated mention, a cited source)");
    }
}
