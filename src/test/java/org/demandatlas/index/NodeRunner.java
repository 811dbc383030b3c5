package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code templates/assets/search-engine.js} under node over exported shards ({@code src/test/js/
 * static-search.js}). Without node the calling test is skipped with a message, but fails when {@code CI=true}.
 */
final class NodeRunner {
    private static final long TIMEOUT_SECONDS = 60;
    /** The oldest Node.js whose {@code node --test} and {@code Intl.Segmenter} the scripts rely on. */
    static final int MIN_MAJOR = 20;
    /** The node command; {@code -Datlas.node=…} points elsewhere (or nowhere, to check the CI rule). */
    private static final String NODE = System.getProperty("atlas.node", "node");

    private NodeRunner() {
    }

    static Path basedir() {
        return Path.of(System.getProperty("atlas.basedir", ".")).toAbsolutePath();
    }

    /** Skips (locally) or fails (on CI) when no {@code node} command runs. */
    static void requireNode() {
        String problem = probe();
        if (problem == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("node is required on CI for the static search tests: " + problem);
        }
        Assumptions.abort("skipped: node is not available (" + problem + "); install Node.js " + MIN_MAJOR
                + " or newer to run it");
    }

    private static String probe() {
        try {
            Process process = new ProcessBuilder(NODE, "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "node --version failed";
            }
            int major = version.matches("v\\d+\\..*")
                    ? Integer.parseInt(version.substring(1, version.indexOf('.'))) : 0;
            return major >= MIN_MAJOR ? null : "node " + version + " is older than " + MIN_MAJOR;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs {@code node --test FILE}; fails with node's report unless every test passed. */
    static void runTests(Path testFile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(NODE, "--test", testFile.toString())).redirectErrorStream(true)
                .start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("node --test " + testFile.getFileName() + " failed:\n" + report);
        }
        if (!report.contains("# fail 0") || report.contains("# pass 0\n")) {
            fail("node --test ran no passing test:\n" + report);
        }
    }

    /** Runs the static search over {@code site/search} for the queries (JSON); returns its JSON output. */
    static String staticSearch(Path site, String queriesJson) throws IOException, InterruptedException {
        Path searchJs = basedir().resolve("templates/assets/search-engine.js");
        Path harness = basedir().resolve("src/test/js/static-search.js");
        Path input = Files.createTempFile("queries", ".json");
        Path errors = Files.createTempFile("node", ".err");
        try {
            Files.writeString(input, queriesJson, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(List.of(NODE, harness.toString(), searchJs.toString(),
                    site.resolve("search").toString())).redirectInput(input.toFile())
                    .redirectError(errors.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("node static search failed: " + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return out;
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(errors);
        }
    }
}
