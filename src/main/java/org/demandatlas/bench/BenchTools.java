package org.demandatlas.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The programs the comparison needs, installed when missing: GNU time and Hugo with apt-get (Debian packages
 * {@code time}, {@code hugo}), Pagefind with npm into the bench's own folder. Never needed by the tests: without
 * them the bench measures the atlas alone and says what it skipped.
 */
final class BenchTools {
    static final String PAGEFIND_VERSION = "1.6.0";
    private final Path folder;
    private final PrintWriter log;

    BenchTools(Path folder, PrintWriter log) {
        this.folder = folder;
        this.log = log;
    }

    void requireGnuTime() throws IOException, InterruptedException {
        if (!Files.isExecutable(ChildRun.GNU_TIME)) {
            aptInstall("time");
        }
    }

    Optional<String> hugo() throws IOException, InterruptedException {
        if (onPath("hugo").isEmpty()) {
            aptInstall("hugo");
        }
        return onPath("hugo");
    }

    Optional<String> node() {
        return onPath("node");
    }

    Optional<String> pagefind() throws IOException, InterruptedException {
        Path binary = folder.resolve("node_modules/.bin/pagefind");
        if (!Files.isExecutable(binary) && onPath("npm").isPresent()) {
            Files.createDirectories(folder);
            log.println("bench: npm install pagefind@" + PAGEFIND_VERSION);
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", folder.toString(),
                    "pagefind@" + PAGEFIND_VERSION));
        }
        return Files.isExecutable(binary) ? Optional.of(binary.toString()) : Optional.empty();
    }

    private void aptInstall(String pkg) throws IOException, InterruptedException {
        log.println("bench: apt-get install -y " + pkg);
        if (run(List.of("apt-get", "install", "-y", "-q", pkg)) != 0) {
            run(List.of("apt-get", "update", "-q"));
            run(List.of("apt-get", "install", "-y", "-q", pkg));
        }
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            log.println("bench: cannot run " + command.get(0) + ": " + e.getMessage());
            return -1;
        }
    }

    static Optional<String> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
