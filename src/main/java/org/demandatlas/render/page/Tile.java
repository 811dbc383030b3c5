package org.demandatlas.render.page;

/**
 * One state of the tile-grid map: position in pixels, code, name, number of curated profiles, colour bucket
 * class, link to the state page (null when the state has no content) and the accessible label.
 */
public record Tile(int x, int y, String code, String name, int count, String bucket, String href, String label) {
    public int textX() {
        return x + TileSize.HALF;
    }

    public int codeY() {
        return y + TileSize.HALF - 2;
    }

    public int countY() {
        return y + TileSize.HALF + 13;
    }

    /** Pixel geometry shared by tiles and the map's view box. */
    public static final class TileSize {
        public static final int SIZE = 44;
        public static final int HALF = SIZE / 2;
        public static final int STEP = 48;

        private TileSize() {
        }
    }
}
