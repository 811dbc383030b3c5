package org.demandatlas.render;

import java.util.List;
import java.util.function.Function;
import org.demandatlas.render.page.LegendItem;
import org.demandatlas.render.page.Tile;

/**
 * The state tile-grid map: tile positions and colour buckets come from {@code state-tiles.json}; each tile gets
 * the number of curated profiles of its state and, when the state has a page, a link to it.
 */
final class TileMap {
    private final TileData data;

    record Bucket(String id, int min, int max, String label) {
    }

    record Position(String code, String name, int col, int row) {
    }

    record TileData(int columns, int rows, List<Bucket> buckets, List<Position> tiles) {
    }

    /** What the map needs to know of one state: its curated profile count, and page link or null. */
    record StateInfo(int curated, String href) {
    }

    TileMap() {
        this.data = SiteConfig.read("state-tiles.json", TileData.class);
    }

    int width() {
        return data.columns() * Tile.TileSize.STEP;
    }

    int height() {
        return data.rows() * Tile.TileSize.STEP;
    }

    List<LegendItem> legend() {
        return data.buckets().stream().map(b -> new LegendItem(b.id(), b.label())).toList();
    }

    List<Tile> tiles(Function<String, StateInfo> stateByCode) {
        return data.tiles().stream().map(p -> tile(p, stateByCode.apply(p.code()))).toList();
    }

    private Tile tile(Position position, StateInfo info) {
        int x = position.col() * Tile.TileSize.STEP;
        int y = position.row() * Tile.TileSize.STEP;
        String label = position.name() + ": " + Formats.plural(info.curated(), "curated profile",
                "curated profiles");
        return new Tile(x, y, position.code(), position.name(), info.curated(), bucket(info.curated()),
                info.href(), label);
    }

    private String bucket(int count) {
        return data.buckets().stream().filter(b -> count >= b.min() && count <= b.max()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no map bucket for " + count)).id();
    }
}
