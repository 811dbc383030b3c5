package org.demandatlas.render.page;

import java.util.List;

/**
 * A state tile map as built at build time, with its numbers as a table: tiles, view box size, legend, and one row
 * per state the map counts (state, count, out of how many, share in words).
 */
public record MapView(List<Tile> tiles, int width, int height, List<LegendItem> legend, List<Row> rows) {
    public MapView {
        tiles = List.copyOf(tiles);
        legend = List.copyOf(legend);
        rows = List.copyOf(rows);
    }

    public record Row(Link state, int count, int of, String share) {
    }
}
