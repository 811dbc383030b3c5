package org.demandatlas.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** This process's resident memory and open file descriptors, from Linux's {@code /proc/self} (empty elsewhere). */
record ProcessStats(long rssKb, long openFiles) {
    static Optional<ProcessStats> now() {
        Path proc = Path.of("/proc/self");
        if (!Files.isDirectory(proc)) {
            return Optional.empty();
        }
        try (Stream<String> status = Files.lines(proc.resolve("status")); Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            long rss = status.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
            return Optional.of(new ProcessStats(rss, fds.count()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Growth from {@code before} to this, in per cent of {@code before}. */
    double rssGrowthPercent(ProcessStats before) {
        return before.rssKb == 0 ? 0 : 100.0 * (rssKb - before.rssKb) / before.rssKb;
    }
}
