package org.demandatlas.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.StateEntry;
import org.demandatlas.render.page.CountedLink;
import org.demandatlas.render.page.HomePage;
import org.demandatlas.routes.Routes;

/** Builds {@code /index.html}: counts, the state tile map, browse by state and by tactic. */
final class HomePageBuilder {
    private final BuildContext context;
    private final TileMap tileMap = new TileMap();

    HomePageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.HOME, this::job));
    }

    static HomePage.Totals totals(SiteIndex index) {
        Atlas atlas = index.atlas();
        return new HomePage.Totals(atlas.jurisdictions().size(), index.curatedCount(), atlas.states().size(),
                atlas.tactics().size(), index.allCitations().size(), atlas.documents().size());
    }

    private PageJob job() {
        Href href = Href.forPage(Routes.file(Routes.HOME));
        Map<String, Integer> curated = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        for (StateEntry state : context.index().atlas().states()) {
            links.put(state.state().code(), href.to(Routes.state(state.state().code())));
            curated.put(state.state().code(), (int) state.jurisdictions().stream()
                    .filter(id -> context.index().requireJurisdiction(id).curated()).count());
        }
        HomePage page = new HomePage(totals(context.index()), tileMap.tiles(code -> new TileMap.StateInfo(
                curated.getOrDefault(code, 0), links.get(code))), tileMap.width(), tileMap.height(),
                tileMap.legend(), states(href, curated), tactics(href),
                Charts.tacticsByJurisdictions(context.index().atlas(), href));
        String description = description(page.totals());
        PageInfo info = PageInfo.of(Routes.file(Routes.HOME), context.config().name(), description, "home", List.of())
                .withJsonLd("website", context.jsonLd().dataset(description, context.index().atlas().dataDate(),
                        context.releases().findCurrentId().orElse(null)));
        return context.job(info, "home", page);
    }

    private List<CountedLink> states(Href href, Map<String, Integer> curated) {
        return context.index().atlas().states().stream().map(s -> new CountedLink(href.to(Routes.state(s.state().code())),
                s.state().name(), s.jurisdictions().size(), Formats.plural(s.jurisdictions().size(), "jurisdiction",
                "jurisdictions") + ", " + curated.get(s.state().code()) + " curated")).toList();
    }

    private List<CountedLink> tactics(Href href) {
        return context.index().atlas().tactics().stream().map(t -> new CountedLink(href.to(Routes.tactic(t.tactic().id())),
                t.tactic().name(), t.jurisdictions().size(), t.tactic().definition())).toList();
    }

    private static String description(HomePage.Totals totals) {
        return "A reference on how U.S. jurisdictions act against the demand for commercial sex: "
                + Formats.plural(totals.jurisdictions(), "jurisdiction", "jurisdictions") + " in "
                + Formats.plural(totals.states(), "state", "states") + ", "
                + Formats.plural(totals.tactics(), "tactic", "tactics") + ", "
                + Formats.plural(totals.citations(), "cited source", "cited sources") + ".";
    }
}
