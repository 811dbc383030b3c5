package org.demandatlas.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * Jurisdictions side by side, built at build time: facts, each tactic any of them lists, describes or cites (with
 * its evidence marks, linked to the profile's row), partners, citation count and dated statements. The compare
 * page's script builds the same table in the browser for any selection.
 */
final class CompareTable {
    /** At most this many places side by side. */
    static final int MAX = 6;

    public record Place(String id, Link link, String state, String type, String population, int citations, List<String> partners,
                 List<String> timeline) {
    }

    public record Cell(String level, String symbol, String marks, String label, String href) {
    }

    public record TacticRow(Link tactic, List<Cell> cells) {
    }

    public record Table(List<Place> places, List<TacticRow> tactics) {
    }

    private final BuildContext context;

    CompareTable(BuildContext context) {
        this.context = context;
    }

    Table of(List<Jurisdiction> jurisdictions, Href href) {
        List<Place> places = jurisdictions.stream().map(j -> place(j, href)).toList();
        Set<String> shown = new LinkedHashSet<>();
        jurisdictions.forEach(j -> context.index().atlas().evidenceOf(j.id()).forEach(e -> shown.add(e.tacticId())));
        List<TacticRow> rows = context.index().atlas().tactics().stream().map(TacticEntry::tactic)
                .filter(t -> shown.contains(t.id()))
                .map(t -> new TacticRow(new Link(href.to(Routes.tactic(t.id())), t.name()),
                        jurisdictions.stream().map(j -> cell(j, t.id(), href)).toList())).toList();
        return new Table(places, rows);
    }

    private Place place(Jurisdiction j, Href href) {
        return new Place(j.id(), context.views().jurisdiction(j, href), j.state().name(), Formats.type(j.type()),
                Optional.ofNullable(Formats.number(j.population())).orElse("Not stated"), j.citationCount(),
                j.partners().stream().map(p -> p.name()).toList(),
                context.index().timelineOf(j).stream().map(e -> e.date() + ": " + e.sentence()).toList());
    }

    private Cell cell(Jurisdiction j, String tacticId, Href href) {
        Optional<TacticEvidence> found = context.index().atlas().findEvidence(j.id(), tacticId);
        if (found.isEmpty()) {
            return new Cell("none", "\u00B7", "", "Not listed, not described", null);
        }
        TacticEvidence e = found.get();
        String link = href.to(Routes.anchored(Routes.jurisdiction(j.id()), Anchors.tactic(tacticId)));
        return new Cell(e.level().id(), EvidenceViews.symbol(e.level()), marks(e), label(e), link);
    }

    /** ☑ (listed), ✎ n (supporting sentences), ❝ n (citations). */
    static String marks(TacticEvidence e) {
        StringBuilder marks = new StringBuilder(e.listed() ? EvidenceViews.LISTED : "");
        if (e.described()) {
            marks.append(marks.isEmpty() ? "" : " ").append(EvidenceViews.DESCRIBED).append(' ')
                    .append(e.sentences().size());
        }
        if (e.cited()) {
            marks.append(marks.isEmpty() ? "" : " ").append(EvidenceViews.CITED).append(' ').append(e.citationCount());
        }
        return marks.toString();
    }

    private static String label(TacticEvidence e) {
        return e.level().label() + ": " + (e.listed() ? "listed" : "not listed")
                + (e.described() ? ", " + Formats.plural(e.sentences().size(), "sentence", "sentences") : "")
                + (e.cited() ? ", " + Formats.plural(e.citationCount(), "citation", "citations") : "");
    }
}
