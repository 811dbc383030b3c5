package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.fixtures.FakeSeedParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code build-report.html} and {@code build-report.json}: every problem, the counts, escaped, deterministic. */
class BuildReportFilesTest {
    private static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    @Test
    void listsEveryProblemWithCountsAndEscapesSeedText() throws IOException {
        Path seeds = copySeeds();
        Path westHartford = seeds.resolve("001_60efec2dbb28c6c2.txt");
        Files.writeString(westHartford, Files.readString(westHartford).replace("\nProfessional:", "\n" + SCRIPT + ":"));
        Path out = dir.resolve("site");

        BuildReport report = buildReal(seeds, out);

        assertEquals(BuildStatus.OK, report.status());
        JsonNode json = JsonMapper.builder().build().readTree(Files.readAllBytes(out.resolve("build-report.json")));
        assertEquals(5, json.get("seedsRead").asInt());
        assertEquals("{\"profile\":3,\"article\":1,\"press-release\":1}", json.get("documents").toString());
        assertEquals(0, json.get("problemCounts").get("error").asInt());
        assertEquals(report.problems().size(), json.get("problemCounts").get("warning").asInt());
        List<String> formatted = new ArrayList<>();
        json.get("problems").forEach(p -> formatted.add(p.get("file").asString() + ":" + p.get("line").asInt() + ":"
                + p.get("column").asInt() + ": " + p.get("severity").asString() + ": " + p.get("message").asString()));
        assertEquals(report.formattedProblems(), formatted);
        assertTrue(formatted.contains(DisplayPaths.of(westHartford) + ":78:1: warning: dangling line '" + SCRIPT
                + ":' at the end introduces nothing; left out"), formatted.toString());

        Document page = Jsoup.parse(out.resolve("build-report.html").toFile(), "UTF-8");
        Element table = page.getElementById("problem-table");
        assertNotNull(table);
        assertEquals(formatted.size(), table.select("tbody tr").size());
        assertTrue(page.select("main script").isEmpty(), "no element injected");
        assertTrue(table.text().contains(SCRIPT), "the payload is shown as text");
        assertEquals("build-report.json", page.select("main a[href=build-report.json]").text());
        Document about = Jsoup.parse(out.resolve("about/index.html").toFile(), "UTF-8");
        assertEquals("build report", about.select("a[href=../build-report.html]").text());
    }

    @Test
    void theJsonIsTheSameForTheSameSeeds() throws IOException {
        Path seeds = copySeeds();
        buildReal(seeds, dir.resolve("one"));
        buildReal(seeds, dir.resolve("two"));

        assertArrayEquals(Files.readAllBytes(dir.resolve("one/build-report.json")),
                Files.readAllBytes(dir.resolve("two/build-report.json")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/build-report.html")),
                Files.readAllBytes(dir.resolve("two/build-report.html")));
    }

    @Test
    void withoutProblemsItSaysSo() throws IOException {
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("000_hartford.txt"), "profile Hartford");
        Path out = dir.resolve("site");

        new SiteBuild(FakeSeedParser::parse, BuildProgress.SILENT).run(new BuildOptions(seeds, out, null));

        Document page = Jsoup.parse(out.resolve("build-report.html").toFile(), "UTF-8");
        assertEquals("No problems were found: every line of every file was read as expected.",
                page.select("p.no-problems").text());
        assertTrue(page.select("#problem-table").isEmpty());
        assertTrue(Files.readString(out.resolve("build-report.json"), StandardCharsets.UTF_8)
                .contains("\"problems\": []"));
        assertFalse(page.select("link[rel=stylesheet]").isEmpty(), "uses the site's layout");
    }

    private Path copySeeds() throws IOException {
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
        return seeds;
    }

    private static BuildReport buildReal(Path seeds, Path out) {
        return new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT).run(new BuildOptions(seeds, out, null));
    }
}
