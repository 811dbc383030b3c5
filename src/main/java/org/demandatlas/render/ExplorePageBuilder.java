package org.demandatlas.render;

import java.util.Arrays;
import java.util.List;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.render.page.EvidenceView;
import org.demandatlas.render.page.Tile;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /explore/}, the query builder: tactics (all of or any of), states, type, population range and
 * evidence level; {@code assets/explore.js} counts, lists, maps and exports as CSV the jurisdictions that match,
 * from {@code /explore/data.js}. The form and the empty map are built here; the data is one file, not a page per
 * place.
 */
final class ExplorePageBuilder {
    private final BuildContext context;
    private final TileMap tileMap = new TileMap();

    /** A choice of the form: value and label. */
    public record Option(String value, String label) {
    }

    /** A colour class of the map: its count range (for the script) and label. */
    public record MapBucket(String id, int min, int max, String label) {
    }

    public record ExplorePage(List<Option> tactics, List<Option> states, List<Option> types, List<Option> levels,
                              List<Tile> tiles, int mapWidth, int mapHeight, List<MapBucket> buckets,
                              List<EvidenceView.Mark> legend, List<String> scripts, String compareHref) {
    }

    ExplorePageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.EXPLORE, this::job));
    }

    private PageJob job() {
        String file = Routes.file(Routes.EXPLORE);
        Href href = Href.forPage(file);
        List<Option> tactics = context.index().atlas().tactics().stream()
                .map(t -> new Option(t.tactic().id(), t.tactic().name())).toList();
        List<Option> states = context.index().atlas().states().stream()
                .map(s -> new Option(s.state().code(), s.state().name())).toList();
        List<Option> types = Arrays.stream(JurisdictionType.values()).map(t -> new Option(t.id(), Formats.type(t)))
                .toList();
        List<Option> levels = Arrays.stream(EvidenceLevel.values())
                .map(l -> new Option(l.id(), EvidenceViews.symbol(l) + " " + l.label())).toList();
        ExplorePage page = new ExplorePage(tactics, states, types, levels,
                tileMap.tiles(code -> new TileMap.StateInfo(0, null), "matching jurisdiction",
                        "matching jurisdictions"), tileMap.width(), tileMap.height(),
                tileMap.buckets().stream().map(b -> new MapBucket(b.id(), b.min(), b.max(),
                        b.label("jurisdiction", "jurisdictions"))).toList(), EvidenceViews.legend(),
                List.of(href.to(Routes.EXPLORE_SCRIPT)), href.to(Routes.COMPARE));
        PageInfo info = PageInfo.of(file, "Explore", "Choose tactics, states, type, population and evidence; see how "
                + "many jurisdictions match, on a map and in a list, and download them as CSV.", "explore",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info, "explore", page);
    }
}
