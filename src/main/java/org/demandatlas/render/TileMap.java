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

    public record Bucket(String id, int min, int max, String label) {
        /** The label for counting other things than curated profiles: "2–4 jurisdictions". */
        String label(String one, String many) {
            if (max == Integer.MAX_VALUE) {
                return min + " or more";
            }
            return min == max ? Formats.plural(min, one, many) : min + "\u2013" + max + " " + many;
        }
    }

    /** How one tile is drawn: its count (or null for none shown), bucket class, link or null, and label. */
    record Shade(Integer count, String bucket, String href, String label) {
    }

    record Position(String code, String name, int col, int row) {
    }

    /** {@code buckets} by count of curated profiles, {@code shares} by percentage of a state's profiles. */
    record TileData(int columns, int rows, List<Bucket> buckets, List<Bucket> shares, List<Position> tiles) {
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

    /** The legend of a map shaded by share. */
    List<LegendItem> shareLegend() {
        return data.shares().stream().map(b -> new LegendItem(b.id(), b.label())).toList();
    }

    /** The share bucket of a percentage (0 to 100). */
    String shareBucket(int percent) {
        return data.shares().stream().filter(b -> percent >= b.min() && percent <= b.max()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no share bucket for " + percent)).id();
    }

    List<Bucket> buckets() {
        return data.buckets();
    }

    /** The legend for counts of {@code many} (jurisdictions, matches…). */
    List<LegendItem> legend(String one, String many) {
        return data.buckets().stream().map(b -> new LegendItem(b.id(), b.label(one, many))).toList();
    }

    /** Tiles counting something else than curated profiles, labelled "Connecticut: 3 matching jurisdictions". */
    List<Tile> tiles(Function<String, StateInfo> stateByCode, String one, String many) {
        return shaded(code -> {
            StateInfo info = stateByCode.apply(code);
            return new Shade(info.curated(), bucket(info.curated()), info.href(), Formats.plural(info.curated(), one,
                    many));
        });
    }

    /** Tiles drawn as {@code shadeByCode} says; the label is prefixed with the state's name. */
    List<Tile> shaded(Function<String, Shade> shadeByCode) {
        return data.tiles().stream().map(p -> {
            Shade shade = shadeByCode.apply(p.code());
            return new Tile(p.col() * Tile.TileSize.STEP, p.row() * Tile.TileSize.STEP, p.code(), p.name(),
                    shade.count() == null ? 0 : shade.count(), shade.bucket(), shade.href(),
                    p.name() + ": " + shade.label());
        }).toList();
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
