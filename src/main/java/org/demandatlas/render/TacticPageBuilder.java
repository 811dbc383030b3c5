package org.demandatlas.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.Taxonomy;
import org.demandatlas.render.page.CountedLink;
import org.demandatlas.render.page.EvidenceRow;
import org.demandatlas.render.page.TacticPage;
import org.demandatlas.render.page.TacticsIndexPage;
import org.demandatlas.routes.Routes;

/** Builds {@code /tactics/index.html} and {@code /tactics/ID/index.html} for every tactic of the taxonomy. */
final class TacticPageBuilder {
    private final BuildContext context;

    TacticPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> indexPages() {
        return List.of(Page.of(Routes.TACTICS, this::indexJob));
    }

    List<Page> pages() {
        return context.index().atlas().tactics().stream()
                .map(t -> Page.of(Routes.tactic(t.tactic().id()), () -> job(t)).showing(t)).toList();
    }

    private PageJob indexJob() {
        String file = Routes.file(Routes.TACTICS);
        Href href = Href.forPage(file);
        List<CountedLink> tactics = context.index().atlas().tactics().stream().map(t -> new CountedLink(
                href.to(Routes.tactic(t.tactic().id())), t.tactic().name(), t.jurisdictions().size(),
                t.tactic().definition())).toList();
        PageInfo info = PageInfo.of(file, "Tactics", "The " + tactics.size()
                + " tactics against the demand for commercial sex, with the number of jurisdictions using each.",
                "tactics", List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info, "tactics", new TacticsIndexPage(tactics, Charts.tacticsByJurisdictions(
                context.index().atlas(), href), Charts.evidenceByTactic(context.index().atlas(), href)));
    }

    /** The synonyms that read differently from the name and from each other (case and spacing ignored). */
    private static List<String> synonyms(TacticEntry entry) {
        Set<String> seen = new HashSet<>(Set.of(Taxonomy.key(entry.tactic().name())));
        return entry.tactic().synonyms().stream().filter(s -> seen.add(Taxonomy.key(s))).toList();
    }

    private PageJob job(TacticEntry entry) {
        String file = Routes.file(Routes.tactic(entry.tactic().id()));
        Href href = Href.forPage(file);
        String id = entry.tactic().id();
        List<CitationRef> citations = context.index().citationsFor(id);
        List<EvidenceRow> evidence = new TacticEvidenceRows(context).rows(id, href);
        TacticPage page = new TacticPage(id, entry.tactic().name(), entry.tactic().definition(),
                synonyms(entry), entry.jurisdictions().size(),
                context.views().byState(entry.jurisdictions(), href),
                citations.stream().limit(context.config().citationsPerTacticPage())
                        .map(r -> context.views().citation(r, href)).toList(),
                citations.size(), href.to(Routes.SOURCES), evidence, TacticEvidenceRows.counts(evidence),
                EvidenceViews.levelsAndMarks(), TacticEvidenceRows.headline(evidence), new TacticMaps(context).of(entry, href),
                Charts.eventsPerYear(context.index().atlas(), id));
        String description = entry.tactic().name() + ": " + entry.tactic().definition() + " Used by "
                + Formats.plural(entry.jurisdictions().size(), "jurisdiction", "jurisdictions") + ".";
        PageInfo info = PageInfo.of(file, entry.tactic().name(), description, "tactics", List.of(
                new PageInfo.Crumb(Routes.HOME, context.config().name()), new PageInfo.Crumb(Routes.TACTICS,
                        "Tactics")));
        List<String> shown = context.index().atlas().jurisdictions().stream()
                .filter(j -> context.index().atlas().findEvidence(j.id(), id).isPresent()).map(j -> j.id()).toList();
        return context.job(info.withDataDate(context.index().findDataDate(shown, List.of())), "tactic",
                page);
    }
}
