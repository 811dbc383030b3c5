package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    private static final String EXIT_CODES = """
            Exit codes:
              0   success
              1   input problems (errors were printed as file:line:col: error: message)
              2   usage error (bad option, argument or folder)
              3   I/O or internal failure
            """;

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String command : new String[] {"build +Builds the site from the seeds", "parse +Parses seed files",
                "serve +Serves a built site", "search +Searches a built site's data/all.json", "generate +Writes N synthetic"}) {
            assertTrue(run.out().matches("(?s).*\\n  " + command + ".*"), command + " in " + run.out());
        }
        assertTrue(run.out().endsWith(EXIT_CODES), run.out());
    }

    @Test
    void everyCommandHasHelpWithItsDefaultsAndExitCodes() {
        CommandRun build = CommandRun.of("build", "--help");
        CommandRun parse = CommandRun.of("parse", "--help");

        assertEquals(0, build.exitCode());
        assertTrue(build.out().startsWith("Usage: demand-atlas build [-hV] [--base-url=URL] [--history=DIR] "
                + "[--out=DIR]\n                          [--seeds=DIR]"), build.out());
        assertTrue(build.out().contains("folder of .txt seed files (default: seeds)"), build.out());
        assertTrue(build.out().contains("site folder to create or replace (default: site)"), build.out());
        assertTrue(build.out().endsWith(EXIT_CODES), build.out());
        assertEquals(0, parse.exitCode());
        assertTrue(parse.out().startsWith("Usage: demand-atlas parse [-hV] FILE..."), parse.out());
        assertTrue(parse.out().endsWith(EXIT_CODES), parse.out());
    }

    @Test
    void usageErrorsAreOneLineAndExitWithTwo() {
        CommandRun unknownOption = CommandRun.of("build", "--colour");
        CommandRun noFiles = CommandRun.of("parse");
        CommandRun typo = CommandRun.of("serv");
        CommandRun badUrl = CommandRun.of("build", "--base-url", "ftp://example.org");

        assertEquals(new CommandRun(2, "", "demand-atlas build: Unknown option: '--colour' (see demand-atlas build "
                + "--help)\n"), unknownOption);
        assertEquals(new CommandRun(2, "", "demand-atlas parse: Missing required parameter: 'FILE' (see demand-atlas "
                + "parse --help)\n"), noFiles);
        assertEquals(new CommandRun(2, "", "demand-atlas: Unmatched argument at index 0: 'serv'; did you mean serve or "
                + "serve-bench or parse? (see demand-atlas --help)\n"), typo);
        assertEquals(new CommandRun(2, "", "demand-atlas build: Invalid value for option '--base-url': "
                + "'ftp://example.org' is not a usable base URL: scheme 'ftp' is not http or https (expected an "
                + "absolute http(s) URL such as https://example.org/atlas) (see demand-atlas build --help)\n"), badUrl);
    }

    @Test
    void withoutACommandPrintsTheUsageAndExitsWithTwo() {
        CommandRun run = CommandRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing required subcommand\nUsage: demand-atlas [-hV] [COMMAND]"), run.err());
        assertTrue(run.err().endsWith(EXIT_CODES), run.err());
    }

    @Test
    void everyCommandPrintsTheVersionAndCommitAndExitsWithZero() {
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"build", "--version"}, {"serve", "-V"}}) {
            CommandRun run = CommandRun.of(args);

            assertEquals(0, run.exitCode(), String.join(" ", args));
            List<String> lines = run.out().lines().toList();
            assertEquals(4, lines.size(), run.out());
            assertTrue(lines.get(0).matches("demand-atlas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
            assertTrue(lines.get(1).matches("commit ([0-9a-f]{12}(-modified)?|unknown \\(not built from a git "
                    + "checkout\\))"), lines.get(1));
            assertTrue(lines.get(2).startsWith("data "), lines.get(2));
            assertEquals("java " + Runtime.version() + " (" + System.getProperty("java.home") + ")", lines.get(3));
        }
    }
}
