package org.demandatlas.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.StateEntry;
import org.demandatlas.render.page.EvidenceView;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /compare/} (pick 2 to 6 jurisdictions; the selection lives in the address, {@code ?ids=ct/hartford,…},
 * and {@code assets/compare.js} shows it) and {@code /compare/ST/} for each state with curated profiles: its first
 * {@value CompareTable#MAX} curated profiles side by side, built at build time, so links to it work without
 * JavaScript. One page per state, none per profile.
 */
final class ComparePageBuilder {
    static final String TYPE = "compare";
    static final String STATE_TYPE = "compare-state";
    private final BuildContext context;

    /** What the compare page shows; {@code table} is empty on {@code /compare/} itself. */
    public record ComparePage(String heading, String stateCode, CompareTable.Table table, int curatedCount,
                              List<Link> states, List<Link> pickStates, List<EvidenceView.Mark> legend,
                              List<String> scripts) {
    }

    ComparePageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.COMPARE, () -> job(Optional.empty())));
    }

    /** {@code /compare/ST/}, page type {@value #STATE_TYPE}. */
    List<Page> statePages() {
        return statesWithProfiles().stream().map(s -> Page.of(Routes.compareState(s.state().code()),
                () -> job(Optional.of(s)))).toList();
    }

    /**
     * The build-time comparison link of a profile: its state's compare page with the profile first and up to five
     * more curated profiles of the state in the address; empty when it is the state's only curated profile.
     */
    static Optional<String> linkFor(SiteIndex index, Jurisdiction j, Href href) {
        List<String> others = curated(index, index.findState(j.state().slug()).orElseThrow()).stream()
                .map(Jurisdiction::id).filter(id -> !id.equals(j.id())).limit(CompareTable.MAX - 1).toList();
        if (!j.curated() || others.isEmpty()) {
            return Optional.empty();
        }
        String ids = String.join(",", Stream.concat(Stream.of(j.id()), others.stream()).toList());
        return Optional.of(href.to(Routes.compareState(j.state().code())) + "?ids=" + ids);
    }

    private List<StateEntry> statesWithProfiles() {
        return context.index().atlas().states().stream().filter(s -> !curated(context.index(), s).isEmpty()).toList();
    }

    private static List<Jurisdiction> curated(SiteIndex index, StateEntry state) {
        return state.jurisdictions().stream().map(index::requireJurisdiction).filter(Jurisdiction::curated)
                .sorted(Comparator.comparing(Jurisdiction::id)).toList();
    }

    /** The matrix symbols and the marks, both shown in the table. */
    private static List<EvidenceView.Mark> legend() {
        return Stream.concat(EvidenceViews.legend().stream(), EvidenceViews.marksLegend().stream().limit(3)).toList();
    }

    private PageJob job(Optional<StateEntry> state) {
        String path = state.map(s -> Routes.compareState(s.state().code())).orElse(Routes.COMPARE);
        String file = Routes.file(path);
        Href href = Href.forPage(file);
        List<Jurisdiction> profiles = state.map(s -> curated(context.index(), s)).orElse(List.of());
        CompareTable.Table table = new CompareTable(context).of(profiles.stream().limit(CompareTable.MAX).toList(),
                href);
        List<StateEntry> all = statesWithProfiles();
        String heading = state.map(s -> "Compare profiles in " + s.state().name()).orElse("Compare jurisdictions");
        ComparePage page = new ComparePage(heading, state.map(s -> s.state().code()).orElse(""), table,
                profiles.size(), all.stream().map(s -> new Link(href.to(Routes.compareState(s.state().code())),
                        s.state().name())).toList(),
                context.index().atlas().states().stream().map(s -> new Link(s.state().code(), s.state().name()))
                        .toList(), legend(),
                List.of(href.to(Routes.COMPARE_SCRIPT)));
        String description = state.map(s -> "The curated profiles of " + s.state().name() + " side by side: "
                + "tactics with evidence, partners, sources and timeline.").orElse("Pick two to six jurisdictions "
                + "and see their tactics, evidence, partners, sources and timelines side by side.");
        List<PageInfo.Crumb> crumbs = state.isEmpty() ? List.of(new PageInfo.Crumb(Routes.HOME,
                context.config().name())) : List.of(new PageInfo.Crumb(Routes.HOME, context.config().name()),
                new PageInfo.Crumb(Routes.COMPARE, "Compare"));
        PageInfo info = PageInfo.of(file, heading, description, "compare", crumbs);
        return context.job(state.isEmpty() ? info : info.withDataDate(context.index().findDataDate(
                profiles.stream().map(Jurisdiction::id).toList(), List.of())), TYPE, page);
    }
}
