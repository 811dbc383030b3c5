package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.fixtures.FakeSeedParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    @TempDir
    Path dir;
    private Path seeds;
    private Path out;
    private String seedsShown;

    @BeforeEach
    void seeds() throws IOException {
        seeds = Files.createDirectory(dir.resolve("seeds"));
        out = dir.resolve("site");
        seedsShown = DisplayPaths.of(seeds);
        seed("000_hartford.txt", "profile Hartford");
        seed("001_west_hartford.txt", "article West Hartford");
        seed("004_release.txt", "release");
    }

    @Test
    void buildsTheSiteFromTheSeeds() throws IOException {
        BuildReport report = build();

        assertEquals(BuildStatus.OK, report.status());
        assertEquals(List.of(), report.problems());
        List<String> files = SiteFiles.list(out);
        assertTrue(files.containsAll(List.of("ct/hartford/index.json", "ct/west-hartford/index.json",
                "data/all.json", "data/citations.csv", "data/jurisdictions.csv", "index.html",
                "ct/hartford/index.html", "ct/west-hartford/index.html", "ct/index.html", "search/meta.js", "search/dict-0000.js", "search/post-0000.js")), files.toString());
        assertEquals(List.of("seeds", "site"), SiteFiles.names(dir));
        assertEquals(3, report.seeds());
        assertEquals(2, report.jurisdictions());
    }

    @Test
    void otherFilesAndFoldersAreReportedNotSkippedSilently() throws IOException {
        seed("notes.md", "profile Avon");
        Files.createDirectories(seeds.resolve("old"));

        BuildReport report = build();

        assertEquals(BuildStatus.OK, report.status());
        assertEquals(List.of(
                seedsShown + "/notes.md:0:0: warning: not a .txt seed; ignored",
                seedsShown + "/old:0:0: warning: folder ignored (expected .txt seeds directly in " + seedsShown
                        + ", not in sub-folders)"), report.formattedProblems());
    }

    @Test
    void anErrorLeavesThePreviousSiteUntouched() throws IOException {
        build();
        Files.writeString(out.resolve("data/all.json"), "previous");
        seed("002_bad.txt", "error");
        seed("003_duplicate.txt", "profile Hartford");

        BuildReport report = build();

        assertEquals(BuildStatus.INPUT_ERRORS, report.status());
        assertEquals(List.of(
                seedsShown + "/002_bad.txt:1:1: error: cannot tell what this is (expected a profile)",
                seedsShown + "/003_duplicate.txt:1:1: error: jurisdiction ct/hartford is already defined by "
                        + seedsShown + "/000_hartford.txt (expected one profile per jurisdiction)"),
                report.formattedProblems());
        assertEquals("previous", Files.readString(out.resolve("data/all.json")));
        assertEquals(List.of("seeds", "site", "site.failed-build-report.html", "site.failed-build-report.json"),
                SiteFiles.names(dir));
        assertEquals("the seeds have 2 errors, so " + DisplayPaths.of(out) + " was not replaced; every problem is "
                + "listed in " + DisplayPaths.of(dir.resolve("site.failed-build-report.html")) + " and "
                + DisplayPaths.of(dir.resolve("site.failed-build-report.json")), report.failure());
    }

    @Test
    void theReportOfAFailedBuildListsItsProblemsBesideTheKeptSiteUntilABuildSucceeds() throws IOException {
        build();
        seed("002_bad.txt", "error");

        build();

        String json = Files.readString(dir.resolve("site.failed-build-report.json"));
        assertTrue(json.contains("\"message\": \"cannot tell what this is (expected a profile)\""), json);
        assertTrue(json.contains("\"error\": 1"), json);
        Document page = Jsoup.parse(dir.resolve("site.failed-build-report.html").toFile(), "UTF-8");
        assertEquals(1, page.select("#problem-table tbody tr").size());
        assertEquals("./site/index.html", page.select("#kept-site a").attr("href"));
        assertEquals("./site/assets/style.css", page.select("link[rel=stylesheet]").attr("href"));
        assertEquals("./site.failed-build-report.json", page.select("a:contains(build-report.json)").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("assets/style.css")), "the style sheet it links to");
        Files.delete(seeds.resolve("002_bad.txt"));

        assertEquals(BuildStatus.OK, build().status());
        assertEquals(List.of("seeds", "site"), SiteFiles.names(dir));
    }

    @Test
    void aParserCrashIsAnInternalFailureThatHidesNoOtherProblem() throws IOException {
        seed("002_crash.txt", "crash");
        seed("003_bad.txt", "error");

        BuildReport report = build();

        assertEquals(BuildStatus.FAILED, report.status());
        assertEquals(List.of(
                seedsShown + "/002_crash.txt:0:0: error: internal error while parsing: "
                        + "java.lang.IllegalStateException: parser bug on " + seedsShown + "/002_crash.txt (please report this together with the file)",
                seedsShown + "/003_bad.txt:1:1: error: cannot tell what this is (expected a profile)"),
                report.formattedProblems());
        assertFalse(Files.exists(out));
        assertTrue(report.failure().startsWith("the parser failed on a file (see above), so " + DisplayPaths.of(out)
                + " was not replaced; every problem is listed in "), report.failure());
        assertEquals(List.of("seeds", "site.failed-build-report.html", "site.failed-build-report.json"),
                SiteFiles.names(dir));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Files.createDirectories(out.resolve("holiday-photos"));

        BuildReport report = build();

        assertEquals(BuildStatus.USAGE, report.status());
        assertEquals("refusing to replace " + DisplayPaths.of(out) + ": it is not a Demand Atlas site (expected an "
                + "empty folder or one holding data/all.json)", report.failure());
        assertTrue(Files.isDirectory(out.resolve("holiday-photos")));
    }

    @Test
    void aMissingSeedsFolderIsAUsageError() {
        BuildReport report = new SiteBuild(FakeSeedParser::parse, BuildProgress.SILENT)
                .run(new BuildOptions(dir.resolve("nope"), out, null));

        assertEquals(BuildStatus.USAGE, report.status());
        assertEquals("seeds folder " + DisplayPaths.of(dir.resolve("nope")) + " not found (expected a folder of "
                + ".txt seeds)", report.failure());
    }

    @Test
    void anEmptySeedsFolderIsAnError() throws IOException {
        for (String name : SiteFiles.names(seeds)) {
            Files.delete(seeds.resolve(name));
        }

        assertEquals(List.of(seedsShown + ":0:0: error: no seeds found (expected .txt files)"),
                build().formattedProblems());
    }

    private BuildReport build() {
        return new SiteBuild(FakeSeedParser::parse, BuildProgress.SILENT).run(new BuildOptions(seeds, out, null));
    }

    private void seed(String name, String script) throws IOException {
        Files.writeString(seeds.resolve(name), script);
    }
}
