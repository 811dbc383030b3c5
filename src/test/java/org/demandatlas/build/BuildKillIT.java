package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment ({@code kill -9}) never damages the last good site: {@code build} runs in a child
 * JVM on a generated corpus and is killed at several points; the previous site must be byte-for-byte intact with
 * no half-written file, and the next build succeeds and removes the {@code site.tmp-…} folders left behind.
 */
class BuildKillIT {
    private static final int PROFILES = Integer.getInteger("atlas.killProfiles", 1_500);
    /** When to kill, as fractions of the time a full build took: while parsing, rendering, and near the swap. */
    private static final double[] KILL_AT = {0.3, 0.6, 0.85, 0.97};

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesThePreviousSiteIntactAndTheNextBuildCleansUp() throws Exception {
        Path seeds = dir.resolve("corpus");
        new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates()).generate(PROFILES, 7, seeds);
        Path out = dir.resolve("site");
        long start = System.nanoTime();
        assertEquals(0, runBuild(seeds, out, Long.MAX_VALUE), "first build");
        long fullMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BuildKillIT: full build of %d profiles in a child JVM took %d ms%n", PROFILES, fullMs);
        Map<String, String> before = digests(out);

        for (double fraction : KILL_AT) {
            long killAfter = (long) (fullMs * fraction);
            runBuild(seeds, out, killAfter);
            assertEquals(before, digests(out), "site changed by a build killed after " + killAfter + " ms");
        }

        List<String> leftBehind = SiteFiles.names(dir);
        assertTrue(leftBehind.stream().anyMatch(name -> name.startsWith("site.tmp-")),
                "no kill happened while the new site was being written: " + leftBehind);
        assertEquals(0, runBuild(seeds, out, Long.MAX_VALUE), "build after the kills");
        assertEquals(List.of("build.log", "corpus", "site"), SiteFiles.names(dir), "left behind before: " + leftBehind);
        assertEquals(before, digests(out), "the same seeds give the same site");
    }

    /** Runs {@code build} in a child JVM; kills it after {@code killAfterMs}; the exit code, or -1 when killed. */
    private int runBuild(Path seeds, Path out, long killAfterMs) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.demandatlas.cli.Main", "build", "--seeds", seeds.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        if (process.waitFor(Math.min(killAfterMs, 600_000), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly().waitFor();
        System.out.printf("BuildKillIT: killed after %d ms%n", killAfterMs);
        return -1;
    }

    private static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        for (String file : SiteFiles.list(root)) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(root.resolve(file)));
            digests.put(file, HexFormat.of().formatHex(hash));
        }
        assertTrue(digests.containsKey(SiteFolder.MARKER));
        return digests;
    }
}
