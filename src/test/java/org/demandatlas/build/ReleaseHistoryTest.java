package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two builds of the seeds, the second with one seed changed (Windsor Locks gets the tactic Letters and a background
 * citation), the second carrying the first's history forward: the release history, what changed, the archived page
 * of the first release, and that the same seeds and history give the same bytes.
 */
class ReleaseHistoryTest {
    static final String ADDED_CITATION = "\u201CWindsor Locks Police Report on Trafficking,\u201D Hartford Courant, "
            + "May 2 2014.";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path dir;
    private static Path first;
    private static Path second;

    @BeforeAll
    static void buildTwice() throws IOException {
        Path seeds = copySeeds(dir.resolve("seeds"));
        first = dir.resolve("first");
        build(seeds, first, null);
        Path windsorLocks = seeds.resolve("003_6da4c138ab00a1bb.txt");
        String text = Files.readString(windsorLocks, StandardCharsets.UTF_8);
        text = text.replace("License Suspension\n", "Letters\nLicense Suspension\n")
                .replace("Sex Trafficking and Child Sexual Exploitation in the Area:\n",
                        "Sex Trafficking and Child Sexual Exploitation in the Area:\n\n  \u2022 " + ADDED_CITATION + "\n");
        Files.writeString(windsorLocks, text, StandardCharsets.UTF_8);
        second = dir.resolve("second");
        build(seeds, second, first);
    }

    static Path copySeeds(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.sorted().toList()) {
                Files.copy(seed, to.resolve(seed.getFileName()));
            }
        }
        return to;
    }

    static void build(Path seeds, Path out, Path history) {
        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(seeds, out, null, history));
        assertEquals(BuildStatus.OK, report.status(), report.failure());
    }

    @Test
    void eachBuildAddsOneReleaseWithItsFrozenData() throws IOException {
        List<String> ids = releaseIds(second);
        assertEquals(2, ids.size());
        assertEquals(releaseIds(first), ids.subList(0, 1));
        for (String id : ids) {
            assertTrue(id.matches("\\d{4}(-\\d{2}){0,2}-[0-9a-f]{8}"), id);
            assertTrue(Files.size(second.resolve("data/releases/" + id + "/all.json.gz")) > 100, id);
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("data/releases/" + ids.get(0) + "/all.json.gz")),
                Files.readAllBytes(second.resolve("data/releases/" + ids.get(0) + "/all.json.gz")));
        JsonNode current = JSON.readTree(second.resolve("data/releases.json").toFile()).get("releases").get(1);
        assertEquals(ids.get(1).substring(ids.get(1).length() - 8),
                current.get("files").get("/data/all.json").asString().substring(0, 8));
    }

    @Test
    void changesListExactlyTheTacticAndTheCitationAdded() throws IOException {
        JsonNode changes = JSON.readTree(second.resolve("data/changes.json").toFile()).get("changes");
        assertEquals(1, changes.size());
        JsonNode release = changes.get(0);
        assertEquals(releaseIds(second).get(1), release.get("release").asString());
        assertEquals(releaseIds(second).get(0), release.get("previous").asString());
        assertEquals(1, release.get("changes").size(), release.toString());
        JsonNode change = release.get("changes").get(0);
        assertEquals("ct/windsor-locks", change.get("id").asString());
        assertEquals("changed", change.get("kind").asString());
        assertEquals("[\"letters\"]", change.get("tacticsAdded").toString());
        assertEquals(1, change.get("citationsAdded").size());
        assertTrue(change.get("citationsAdded").get(0).asString().startsWith("Windsor Locks Police Report"),
                change.toString());
        for (String none : List.of("tacticsDropped", "evidenceMoved", "citationsRemoved", "fieldsCorrected")) {
            assertEquals(0, change.get(none).size(), none + ": " + change);
        }

        Document page = page(second, "changes/index.html");
        List<Element> entries = page.select(".change-list > li");
        assertEquals(1, entries.size());
        assertEquals("../ct/windsor-locks/index.html", entries.get(0).selectFirst("a").attr("href"));
        assertEquals(List.of("Tactics added: Letters.", "Citations added: Windsor Locks Police Report on "
                        + "Trafficking \u2014 Hartford Courant, 2014-05-02."),
                entries.get(0).select("ul li").eachText());
    }

    @Test
    void theFirstReleasesArchivedPageShowsTheOldTacticList() throws IOException {
        String old = releaseIds(second).get(0);
        Document archived = page(second, "ct/windsor-locks/as-of-" + old + "/index.html");
        List<String> tactics = archived.select(".archived-tactics li > span:first-child").eachText();
        assertEquals(13, tactics.size(), tactics.toString());
        assertTrue(!tactics.contains("Letters") && tactics.contains("License Suspension"), tactics.toString());
        assertTrue(archived.selectFirst(".notice").text().startsWith("Archived release."));
        assertEquals("../index.html", archived.selectFirst(".notice a").attr("href"));
        assertTrue(page(second, "ct/windsor-locks/index.html").select("#tactics").text().contains("Letters"));

        Document current = page(second, "ct/windsor-locks/index.html");
        assertEquals(List.of("As of release " + old), current.select(".release-versions a").eachText());
        assertEquals("Changed in release " + releaseIds(second).get(1) + " (All changes):",
                current.selectFirst("#cite p:contains(Changed in release)").text());
        List<String> unchangedArchives;
        try (Stream<Path> files = Files.walk(second)) {
            unchangedArchives = files.filter(Files::isRegularFile).map(p -> second.relativize(p).toString())
                    .filter(p -> p.contains("/as-of-")).toList();
        }
        assertEquals(List.of("ct/windsor-locks/as-of-" + old + "/index.html"), unchangedArchives,
                "only the profile that changed is archived");
    }

    @Test
    void theSameSeedsAndHistoryGiveTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        build(dir.resolve("seeds"), again, first);
        List<String> files = SiteFiles.list(second);
        assertEquals(files, SiteFiles.list(again));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(second.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        Path rebuilt = dir.resolve("rebuilt");
        build(dir.resolve("seeds"), rebuilt, second);
        assertEquals(releaseIds(second), releaseIds(rebuilt), "unchanged data is the same release");
        assertArrayEquals(Files.readAllBytes(second.resolve("data/changes.json")),
                Files.readAllBytes(rebuilt.resolve("data/changes.json")));
    }

    @Test
    void aVersionThatSeveralReleasesHeldIsOnePage() throws IOException {
        Path seeds = copySeeds(dir.resolve("three-seeds"));
        Path one = dir.resolve("one");
        build(seeds, one, null);
        edit(seeds.resolve("000_23610c0101512601.txt"), "Population 124563", "Population 124564");
        Path two = dir.resolve("two");
        build(seeds, two, one);
        edit(seeds.resolve("003_6da4c138ab00a1bb.txt"), "License Suspension\n", "Letters\nLicense Suspension\n");
        Path three = dir.resolve("three");
        build(seeds, three, two);
        List<String> ids = releaseIds(three);
        assertEquals(3, ids.size());

        Document pointer = page(three, "ct/windsor-locks/as-of-" + ids.get(0) + "/index.html");
        assertEquals("../as-of-" + ids.get(1) + "/index.html", pointer.selectFirst("main a").attr("href"));
        assertEquals(13, page(three, "ct/windsor-locks/as-of-" + ids.get(1) + "/index.html")
                .select(".archived-tactics li").size());
        assertEquals(List.of("As of release " + ids.get(1)),
                page(three, "ct/windsor-locks/index.html").select(".release-versions a").eachText());
        assertTrue(page(three, "ct/hartford/as-of-" + ids.get(0) + "/index.html").select(".archived-tactics li")
                .size() > 0, "Hartford's population changed in the second release: its first version is a page");
    }

    private static void edit(Path seed, String from, String to) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), seed + " holds " + from);
        Files.writeString(seed, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void historyGrowsTheSiteByLittle() throws IOException {
        long one = bytes(first);
        long two = bytes(second);
        System.out.printf("release history: first build %,d bytes, second %,d bytes (+%.1f %%)%n", one, two,
                100.0 * (two - one) / one);
        assertTrue(two < one * 1.2, one + " → " + two);
    }

    static long bytes(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static List<String> releaseIds(Path site) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        JSON.readTree(site.resolve("data/releases.json").toFile()).get("releases")
                .forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    static Document page(Path site, String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }
}
