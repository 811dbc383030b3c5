package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(build.out().startsWith("Usage: demand-atlas build [-hV] [--base-url=URL] [--out=DIR] "
                + "[--seeds=DIR]"), build.out());
        assertTrue(build.out().contains("folder of .txt seed files (default: seeds)"), build.out());
        assertTrue(build.out().contains("site folder to create or replace (default: site)"), build.out());
        assertTrue(build.out().endsWith(EXIT_CODES), build.out());
        assertEquals(0, parse.exitCode());
        assertTrue(parse.out().startsWith("Usage: demand-atlas parse [-hV] FILE..."), parse.out());
        assertTrue(parse.out().endsWith(EXIT_CODES), parse.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun unknownOption = CommandRun.of("build", "--colour");
        CommandRun noFiles = CommandRun.of("parse");
        CommandRun noCommand = CommandRun.of();
        CommandRun badUrl = CommandRun.of("build", "--base-url", "ftp://example.org");

        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().startsWith("Unknown option: '--colour'"), unknownOption.err());
        assertEquals(2, noFiles.exitCode());
        assertTrue(noFiles.err().startsWith("Missing required parameter: 'FILE'"), noFiles.err());
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().startsWith("Missing required subcommand"), noCommand.err());
        assertEquals(2, badUrl.exitCode());
        assertTrue(badUrl.err().startsWith("--base-url: invalid base URL 'ftp://example.org' (expected an absolute "
                + "http(s) URL such as https://example.org/atlas)"), badUrl.err());
    }
}
