package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.model.StateRef;
import org.demandatlas.render.page.Tile;
import org.junit.jupiter.api.Test;

/** The tile map covers the 50 states and DC once each, and every tile colour keeps its text readable. */
class TileMapTest {
    private static final Path CSS = Path.of(System.getProperty("atlas.basedir", "."), "templates/assets/style.css");
    /** The custom properties (colours) live in the sheet style.css imports first. */
    private static final Path BASE_CSS = CSS.resolveSibling("base.css");

    @Test
    void tilesCoverEveryStateOnceWithItsName() {
        List<Tile> tiles = new TileMap().tiles(code -> new TileMap.StateInfo(0, null));
        Map<String, String> names = ReferenceData.loadStates().all().stream()
                .collect(Collectors.toMap(StateRef::code, StateRef::name));
        assertEquals(51, tiles.size());
        assertEquals(names, tiles.stream().collect(Collectors.toMap(Tile::code, Tile::name)));
        Set<String> positions = new HashSet<>();
        tiles.forEach(t -> assertTrue(positions.add(t.x() + "," + t.y()), t.code()));
    }

    @Test
    void bucketsFollowTheCountOfCuratedProfiles() {
        TileMap map = new TileMap();
        List<String> buckets = List.of(0, 1, 2, 4, 5, 19, 20, 100_000).stream()
                .map(n -> map.tiles(code -> new TileMap.StateInfo(n, "x")).get(0).bucket()).toList();
        assertEquals(List.of("b0", "b1", "b2", "b2", "b3", "b3", "b4", "b4"), buckets);
        assertEquals("Alaska: 1 curated profile", map.tiles(c -> new TileMap.StateInfo(1, null)).get(0).label());
    }

    @Test
    void tileTextMeetsWcagAaContrast() throws IOException {
        String css = Files.readString(CSS);
        for (String bucket : List.of("b0", "b1", "b2", "b3", "b4")) {
            String fill = find(css, "\\." + bucket + " rect, \\.swatch\\." + bucket + " \\{ fill: (#[0-9a-f]{6})");
            String text = find(css, "\\." + bucket + " text \\{ fill: (#[0-9a-f]{6})");
            assertTrue(contrast(fill, text) >= 4.5, bucket + " " + contrast(fill, text));
        }
    }

    @Test
    void mainColoursMeetWcagAaContrast() throws IOException {
        String css = Files.readString(BASE_CSS) + Files.readString(CSS);
        Map<String, String> vars = Map.of("text", find(css, "--text: (#[0-9a-f]{6})"),
                "muted", find(css, "--muted: (#[0-9a-f]{6})"), "link", find(css, "--link: (#[0-9a-f]{6})"),
                "visited", find(css, "--visited: (#[0-9a-f]{6})"), "navy", find(css, "--navy: (#[0-9a-f]{6})"),
                "tint", find(css, "--tint: (#[0-9a-f]{6})"));
        for (String fg : List.of("text", "muted", "link", "visited")) {
            assertTrue(contrast(vars.get(fg), "#ffffff") >= 4.5, fg);
            assertTrue(contrast(vars.get(fg), vars.get("tint")) >= 4.5, fg + " on tint");
        }
        assertTrue(contrast("#ffffff", vars.get("navy")) >= 4.5);
        assertTrue(contrast(find(css, "--focus: (#[0-9a-f]{6})"), "#ffffff") >= 3, "focus ring");
        for (String badge : List.of("profile", "article", "press-release", "none")) {
            Matcher m = Pattern.compile("\\.badge-" + badge + " \\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})")
                    .matcher(css);
            assertTrue(m.find(), badge);
            assertTrue(contrast(m.group(1), m.group(2)) >= 4.5, badge);
        }
    }

    private static String find(String css, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(css);
        assertTrue(matcher.find(), regex);
        return matcher.group(1);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
