package org.demandatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured child process: wall time from here, CPU (user + system) and peak resident memory from GNU time
 * ({@code /usr/bin/time}, Debian package {@code time}) when it is installed, else unknown (null). Its output goes to
 * a log file beside the work it does, so that a failure can be read afterwards.
 */
record ChildRun(String label, double wallSeconds, Double cpuSeconds, Long peakRssKb, int exitCode, Path log) {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** Runs {@code command} in {@code workDir}, its stdout and stderr into {@code log}. */
    static ChildRun of(String label, List<String> command, Path workDir, Path log)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile("bench-time", ".txt");
        try {
            boolean gnuTime = Files.isExecutable(GNU_TIME);
            List<String> full = new ArrayList<>();
            if (gnuTime) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
            }
            full.addAll(command);
            Files.createDirectories(log.getParent());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String[] parts = gnuTime ? lastLine(times).trim().split("\\s+") : new String[0];
            if (parts.length < 4) {
                return new ChildRun(label, wall, null, null, exit, log);
            }
            return new ChildRun(label, wall, Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]),
                    Long.parseLong(parts[3]), exit, log);
        } finally {
            Files.deleteIfExists(times);
        }
    }

    /** GNU time writes "Command exited with non-zero status N" before its line when the child fails. */
    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    boolean ok() {
        return exitCode == 0;
    }

    /** The run's failure, for an exception message: its label, exit code and log. */
    String failure() {
        return String.format(Locale.ROOT, "%s exited with %d (log: %s)", label, exitCode, log);
    }

    Double peakRssMb() {
        return peakRssKb == null ? null : peakRssKb / 1024.0;
    }
}
