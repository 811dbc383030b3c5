package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Seed text is only ever text: no markup, script or style comes from it, and CSP {@code default-src 'self'} holds. */
class SecurityTest {
    static final String SCRIPT_NAME = "<script>alert(1)</script>";
    static final String IMG_PARTNER = "\"><img src=x onerror=alert(1)>";
    private static RenderedSite site;

    static AtlasPipeline.Result hostile() {
        Jurisdiction evil = new Jurisdiction(Jurisdiction.idOf(FixtureAtlas.CT, SCRIPT_NAME), SCRIPT_NAME,
                FixtureAtlas.CT, JurisdictionType.COUNTY, 5L, true, FixtureAtlas.tactics("Reverse stings"),
                List.of(FixtureAtlas.partner(IMG_PARTNER, 9)),
                List.of(FixtureAtlas.category("Reverse Sting", 11, FixtureAtlas.cite("</script><script>alert(2)"
                        + "</script>", "<b>Pub</b> & $1 \\ {x}", "2016-02", 12))),
                List.of(FixtureAtlas.block(BlockKind.QUOTE, "</blockquote><iframe src=x></iframe>", 5)),
                List.of());
        List<Jurisdiction> all = new ArrayList<>(List.of(FixtureAtlas.hartford(), FixtureAtlas.westHartford()));
        all.add(evil);
        return TestAtlas.of(all, FixtureAtlas.documents().subList(0, 2));
    }

    @BeforeAll
    static void render() {
        site = RenderedSite.render(hostile(), RenderOptions.withBaseUrl("https://example.org/"));
    }

    @Test
    void hostileNamesAppearOnlyAsText() {
        Document page = site.page("ct/script-alert-1-script/index.html");
        assertEquals(SCRIPT_NAME, page.selectFirst("h1").text());
        assertEquals(IMG_PARTNER, page.selectFirst("#partners li a").text());
        assertEquals("../../partners/img-src-x-onerror-alert-1/index.html",
                page.selectFirst("#partners li a").attr("href"));
        assertEquals("</script><script>alert(2)</script>", page.selectFirst("#source-1 cite").text());
        assertEquals("</blockquote><iframe src=x></iframe>", page.selectFirst("#narrative blockquote").text());
        assertTrue(page.select("iframe, img, b").isEmpty());
        assertTrue(page.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void jsonLdAndBibtexEscapeWhatWouldBreakThem() {
        Document page = site.page("ct/script-alert-1-script/index.html");
        Element jsonLd = page.selectFirst("script[type=application/ld+json]");
        assertFalse(jsonLd.data().contains("<"), jsonLd.data());
        assertEquals(SCRIPT_NAME + ", CT",
                JsonMapper.builder().build().readTree(jsonLd.data()).get("name").asString());
        assertTrue(page.select("#cite pre").get(1).wholeText().contains("title = {<script>alert(1)</script>, Connecticut}"));
    }

    @Test
    void noPageHasInlineScriptStyleOrEventHandlers() {
        List<String> problems = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            Document page = site.page(file);
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().equals("style") || attribute.getKey().startsWith("on")) {
                        problems.add(file + ": " + element.tagName() + " " + attribute);
                    }
                }
            }
            page.select("style").forEach(s -> problems.add(file + ": <style>"));
            page.select("script:not([src]):not([type=application/ld+json])")
                    .forEach(s -> problems.add(file + ": inline script"));
            page.select("[href], [src], [action]").stream()
                    .filter(e -> Stream.of("href", "src", "action").map(e::attr)
                            .anyMatch(v -> v.startsWith("javascript:") || v.startsWith("data:")))
                    .forEach(e -> problems.add(file + ": " + e));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void templatesUseUnescapedOutputOnlyForJsonLd() throws IOException {
        Pattern utext = Pattern.compile("th:utext=\"([^\"]*)\"|\\[\\(");
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("atlas.basedir", "."), "templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher matcher = utext.matcher(Files.readString(file));
                while (matcher.find()) {
                    uses.add(file.getFileName() + ": " + matcher.group());
                }
                assertFalse(Files.readString(file).contains(" style="), file.toString());
            }
        }
        assertEquals(List.of("layout.html: th:utext=\"${meta.jsonLd}\""), uses);
    }

    @Test
    void outputPathsCannotLeaveTheSiteFolder(@TempDir Path dir) {
        OutputFolder writer = new OutputFolder(dir);
        for (String path : List.of("../x.html", "a/../../x.html", "/etc/passwd", "a\\..\\x", "")) {
            assertThrows(IllegalArgumentException.class, () -> writer.resolveInside(path), path);
        }
        assertThrows(IllegalArgumentException.class, () -> Routes.file("/ct/../../etc/"));
        assertThrows(IllegalArgumentException.class, () -> Routes.file("/ct/a.b/"));
        assertEquals("ct/hartford/index.html", Routes.file("/ct/hartford/"));
    }
}
