package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.fixtures.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process on real files, with captured stdout and stderr. */
class CommandsTest {
    private static final String HARTFORD = "000_23610c0101512601.txt";

    @TempDir
    Path dir;

    @Test
    void parsePrintsTheGoldenJsonOfASeed() throws IOException {
        Path seed = ProjectFiles.seeds().resolve(HARTFORD);
        String golden = Files.readString(ProjectFiles.basedir().resolve(
                "src/test/resources/golden/000_23610c0101512601.json"), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("parse", seed.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("[\n" + golden.indent(2).stripTrailing() + "\n]\n", run.out());
    }

    @Test
    void parseReportsEveryFilesProblemsAndExitsWithOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path missing = dir.resolve("missing.txt");

        CommandRun run = CommandRun.of("parse", missing.toString(), empty.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("[\n  {\n    \"file\": "), run.out());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(run.err().lines().allMatch(line -> line.matches(".+\\.txt:0:0: error: .+")), run.err());
    }

    @Test
    void buildWritesTheSiteAndReportsWarningsOnly() throws IOException {
        Path out = dir.resolve("site");

        CommandRun run = CommandRun.of("build", "--seeds", ProjectFiles.seeds().toString(), "--out", out.toString(),
                "--base-url", "https://example.org/atlas/");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().lines().allMatch(line -> line.matches("seeds/.+\\.txt:\\d+:\\d+: warning: .+")),
                run.err());
        assertTrue(Files.isRegularFile(out.resolve("data/all.json")));
    }

    @Test
    void buildWithADuplicateJurisdictionPrintsTheErrorAndLeavesTheSiteAlone() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(ProjectFiles.seeds().resolve(HARTFORD), seeds.resolve("000_a.txt"));
        Files.copy(ProjectFiles.seeds().resolve(HARTFORD), seeds.resolve("001_b.txt"));
        Path out = dir.resolve("site");

        CommandRun run = CommandRun.of("build", "--seeds", seeds.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        String shown = seeds.toString();
        assertEquals(shown + "/001_b.txt:1:1: error: jurisdiction ct/hartford is already defined by " + shown
                + "/000_a.txt (expected one profile per jurisdiction)\nbuild: the seeds have 1 error, so " + out
                + " was not replaced; every problem is listed in " + out + ".failed-build-report.html and " + out
                + ".failed-build-report.json\n", run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void buildWithAMissingSeedsFolderIsAUsageError() {
        CommandRun run = CommandRun.of("build", "--seeds", dir.resolve("nope").toString(), "--out",
                dir.resolve("site").toString());

        assertEquals(2, run.exitCode());
        assertEquals("build: seeds folder " + dir.resolve("nope") + " not found (expected a folder of .txt seeds)\n",
                run.err());
    }
}
