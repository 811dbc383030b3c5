package org.demandatlas.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.render.page.MapView;
import org.demandatlas.render.page.Tile;
import org.demandatlas.routes.Routes;

/**
 * The maps of tactic and state pages: a tactic's share of each state's curated profiles (tiles show the number
 * using it, shaded by the share; the table gives both numbers), and a state's own tile highlighted.
 */
final class TacticMaps {
    private final BuildContext context;
    private final TileMap tileMap = new TileMap();
    private final Map<String, Integer> curated = new HashMap<>();

    TacticMaps(BuildContext context) {
        this.context = context;
        for (StateEntry state : context.index().atlas().states()) {
            curated.put(state.state().code(), (int) state.jurisdictions().stream()
                    .filter(id -> context.index().requireJurisdiction(id).curated()).count());
        }
    }

    MapView of(TacticEntry entry, Href href) {
        Map<String, Integer> using = new HashMap<>();
        entry.jurisdictions().stream().map(id -> context.index().requireJurisdiction(id)).filter(Jurisdiction::curated)
                .forEach(j -> using.merge(j.state().code(), 1, Integer::sum));
        List<Tile> tiles = tileMap.shaded(code -> {
            int n = using.getOrDefault(code, 0);
            int of = curated.getOrDefault(code, 0);
            String link = curated.containsKey(code) ? href.to(Routes.state(code)) : null;
            return new TileMap.Shade(n, tileMap.shareBucket(percent(n, of)), link, of == 0 ? "no curated profile"
                    : n + " of " + Formats.plural(of, "curated profile", "curated profiles") + " (" + percent(n, of)
                    + " %)");
        });
        List<MapView.Row> rows = context.index().atlas().states().stream()
                .filter(s -> curated.get(s.state().code()) > 0)
                .map(s -> row(s, using.getOrDefault(s.state().code(), 0), href)).toList();
        return new MapView(tiles, tileMap.width(), tileMap.height(), tileMap.shareLegend(), rows);
    }

    /** The state's tile stands out; the others show whether they have a page. */
    MapView highlight(StateEntry state, Href href) {
        Set<String> withPages = new HashSet<>(curated.keySet());
        String code = state.state().code();
        List<Tile> tiles = tileMap.shaded(c -> new TileMap.Shade(null, c.equals(code) ? "b4" : "b0",
                c.equals(code) || !withPages.contains(c) ? null : href.to(Routes.state(c)),
                c.equals(code) ? "this state" : withPages.contains(c) ? "has a page" : "no page"));
        return new MapView(tiles, tileMap.width(), tileMap.height(), List.of(), List.of());
    }

    private MapView.Row row(StateEntry s, int n, Href href) {
        int of = curated.get(s.state().code());
        return new MapView.Row(context.views().state(s.state(), href), n, of, percent(n, of) + " %");
    }

    static int percent(int n, int of) {
        int rounded = of == 0 ? 0 : Math.round(100f * n / of);
        return n > 0 && rounded == 0 ? 1 : rounded;
    }
}
