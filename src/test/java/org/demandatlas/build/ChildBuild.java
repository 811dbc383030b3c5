package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;

/**
 * Runs {@code build} in a child JVM (this test's class path and JDK), for the kill tests: to completion, halted at
 * a {@link BuildStep} by the test switch, or killed ({@code SIGKILL}) after a delay. Each run's output goes to its
 * own log file under {@code logs}.
 */
final class ChildBuild {
    /** The exit code of a run that was killed by the test rather than ending by itself. */
    static final int KILLED = -1;
    private static final Pattern HALTED = Pattern.compile("build: halted at step \\d+, ([a-z-]+) ");
    private final Path logs;
    private final Path out;
    private final Path history;
    private int runs;

    /** What one run did: its exit code and the log it wrote. */
    record Run(int exitCode, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }

        /** The id of the step the run halted at, or "" when it did not halt. */
        String haltedAt() throws IOException {
            Matcher m = HALTED.matcher(output());
            return m.find() ? m.group(1) : "";
        }
    }

    /**
     * Every run reads its release history from an empty folder ({@code --history}), so that a corpus always gives
     * the same site whatever was built before it (carrying history forward is {@code ReleaseHistoryTest}'s).
     */
    ChildBuild(Path logs, Path out) throws IOException {
        this.logs = Files.createDirectories(logs);
        this.out = out;
        this.history = Files.createDirectories(logs.resolveSibling("empty-history"));
    }

    int runs() {
        return runs;
    }

    Run complete(Path seeds) throws IOException, InterruptedException {
        return run(seeds, null, Long.MAX_VALUE);
    }

    /** Runs with {@code -Datlas.test.haltAt=haltAt}: a step id or a number. */
    Run haltAt(Path seeds, String haltAt) throws IOException, InterruptedException {
        return run(seeds, haltAt, Long.MAX_VALUE);
    }

    /** Kills the run after {@code killAfterMs} unless it ended before. */
    Run killAfter(Path seeds, long killAfterMs) throws IOException, InterruptedException {
        return run(seeds, null, killAfterMs);
    }

    private Run run(Path seeds, String haltAt, long killAfterMs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dfile.encoding=UTF-8"));
        if (haltAt != null) {
            command.add("-Datlas.test.haltAt=" + haltAt);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.demandatlas.cli.Main", "build",
                "--seeds", seeds.toString(), "--out", out.toString(), "--history", history.toString()));
        Path log = logs.resolve(String.format("%03d-%s.log", ++runs, haltAt == null ? "run" : haltAt));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor(Math.min(killAfterMs, 600_000), TimeUnit.MILLISECONDS)) {
            return new Run(process.exitValue(), log);
        }
        process.destroyForcibly().waitFor();
        return new Run(KILLED, log);
    }

    /** A generated corpus of {@code profiles} profiles in {@code folder}. */
    static Path corpus(Path folder, int profiles, long seed) throws IOException {
        new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates()).generate(profiles, seed, folder);
        return folder;
    }

    /** SHA-256 of every file of a site, by relative path; the site must hold {@link SiteFolder#MARKER}. */
    static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        for (String file : SiteFiles.list(root)) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(root.resolve(file)));
            digests.put(file, HexFormat.of().formatHex(hash));
        }
        assertTrue(digests.containsKey(SiteFolder.MARKER), root + " is not a site");
        return digests;
    }
}
