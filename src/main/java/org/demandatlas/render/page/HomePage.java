package org.demandatlas.render.page;

import java.util.List;

/** {@code /index.html}: what the atlas is, counts, the state tile map, browse by state and by tactic. */
public record HomePage(Totals totals, List<Tile> tiles, int mapWidth, int mapHeight, List<LegendItem> legend,
                       List<CountedLink> states, List<CountedLink> tactics, ChartView tacticChart) {
    public HomePage {
        tiles = List.copyOf(tiles);
        legend = List.copyOf(legend);
        states = List.copyOf(states);
        tactics = List.copyOf(tactics);
    }

    /** The headline numbers. */
    public record Totals(int jurisdictions, int curated, int states, int tactics, int citations, int documents) {
    }
}
