package org.demandatlas.render;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.StatePage;
import org.demandatlas.routes.Routes;

/** Builds {@code /ST/index.html} for every state with content. */
final class StatePageBuilder {
    private final BuildContext context;

    StatePageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return context.index().atlas().states().stream()
                .map(s -> Page.of(Routes.state(s.state().code()), () -> job(s)).showing(s)).toList();
    }

    private PageJob job(StateEntry state) {
        String file = Routes.file(Routes.state(state.state().code()));
        Href href = Href.forPage(file);
        List<Jurisdiction> jurisdictions = state.jurisdictions().stream()
                .map(id -> context.index().requireJurisdiction(id)).toList();
        List<TacticEntry> tactics = context.index().atlas().tactics();
        List<StatePage.Row> rows = jurisdictions.stream().map(j -> row(j, tactics, href)).toList();
        int curated = (int) jurisdictions.stream().filter(Jurisdiction::curated).count();
        int citations = jurisdictions.stream().mapToInt(Jurisdiction::citationCount).sum();
        StatePage page = new StatePage(state.state().name(), state.state().code(), jurisdictions.size(), curated,
                citations, rows, tactics.stream().map(t -> new Link(href.to(Routes.tactic(t.tactic().id())),
                        t.tactic().name())).toList(),
                state.documents().stream().map(id -> context.index().findDocument(id)).flatMap(Optional::stream)
                        .map(d -> context.views().document(d, href)).toList(), EvidenceViews.legend(),
                new TimelineViews(context).of(timeline(state, jurisdictions), href, true),
                new StatuteViews(context).of(context.index().atlas().statutes().stream()
                        .filter(r -> r.state().equals(state.state().code())).toList(), href),
                new TacticMaps(context).highlight(state, href),
                curated > 0 ? href.to(Routes.compareState(state.state().code())) : null);
        String description = state.state().name() + ": " + Formats.plural(jurisdictions.size(), "jurisdiction",
                "jurisdictions") + " (" + curated + " with a curated profile) and "
                + Formats.plural(state.documents().size(), "state-level document", "state-level documents") + ".";
        PageInfo info = PageInfo.of(file, state.state().name(), description, "states",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info.withDataDate(context.index().findDataDate(state.jurisdictions(),
                state.documents())), "state", page);
    }

    /** The dated statements of the state's jurisdictions' documents and of its state-level documents. */
    private List<TimelineEvent> timeline(StateEntry state, List<Jurisdiction> jurisdictions) {
        Set<String> files = new HashSet<>();
        jurisdictions.forEach(j -> context.index().timelineOf(j).forEach(e -> files.add(e.file())));
        state.documents().stream().map(id -> context.index().findDocument(id)).flatMap(Optional::stream)
                .forEach(d -> files.add(d.file()));
        return context.index().timelineOf(files);
    }

    private StatePage.Row row(Jurisdiction j, List<TacticEntry> tactics, Href href) {
        Set<String> used = new HashSet<>();
        j.tactics().stream().map(TacticUse::id).forEach(used::add);
        List<Boolean> ticks = tactics.stream().map(t -> used.contains(t.tactic().id())).toList();
        return new StatePage.Row(context.views().jurisdiction(j, href), j.curated(), Formats.type(j.type()),
                Formats.number(j.population()), j.tactics().size(), j.citationCount(), ticks,
                tactics.stream().map(t -> cell(context.index().atlas(), j, t.tactic().id(), href)).toList());
    }

    /** The tactic's evidence level, or "not listed". */
    private static StatePage.Cell cell(Atlas atlas, Jurisdiction j, String tacticId, Href href) {
        String link = href.to(Routes.anchored(Routes.jurisdiction(j.id()), EvidenceViews.anchor(tacticId)));
        return TacticEvidenceRows.level(atlas, j, tacticId)
                .map(l -> new StatePage.Cell(l.id(), EvidenceViews.symbol(l), l.label(), link))
                .orElse(new StatePage.Cell("none", "\u00B7", "Not listed", null));
    }
}
