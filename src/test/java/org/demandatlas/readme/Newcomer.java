package org.demandatlas.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A newcomer's shell on this machine: a fresh copy of the project (what a clone holds: no {@code target/},
 * {@code site/} or {@code .git}), an environment with only the basics, an old {@code java} first on PATH, and
 * {@code JAVA_HOME} unset unless a test sets it. Every command's output goes to a log file next to the copy.
 */
final class Newcomer {
    static final Path JVM_DIR = Path.of("/usr/lib/jvm");
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", "site", ".git", ".idea", ".vscode");
    private static final Set<String> KEPT_VARIABLES = Set.of("HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TMPDIR",
            "CI");
    private final Path project;
    private final Path logs;
    private final Map<String, String> env;
    private int runs;

    private Newcomer(Path project, Path logs, Map<String, String> env) {
        this.project = project;
        this.logs = logs;
        this.env = env;
    }

    /** A copy of {@code source} in {@code folder/project}, with {@code oldJdk}'s java first on PATH. */
    static Newcomer freshClone(Path source, Path folder, Path oldJdk) throws IOException {
        Path project = folder.resolve("project");
        copyTree(source, project);
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (KEPT_VARIABLES.contains(name)) {
                env.put(name, value);
            }
        });
        env.put("PATH", oldJdk.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Files.createDirectories(folder.resolve("logs"));
        return new Newcomer(project, folder.resolve("logs"), env);
    }

    /** The same newcomer with JAVA_HOME set (null: unset). */
    Newcomer withJavaHome(Path javaHome) {
        Map<String, String> changed = new HashMap<>(env);
        changed.remove("JAVA_HOME");
        if (javaHome != null) {
            changed.put("JAVA_HOME", javaHome.toString());
        }
        return new Newcomer(project, logs, changed);
    }

    Path project() {
        return project;
    }

    /** Runs a command in the project folder and waits for it (at most {@code timeoutSeconds}). */
    Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = start(command);
        long started = System.nanoTime();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Result(command, finished ? process.exitValue() : -1, (System.nanoTime() - started) / 1_000_000,
                Files.readString(log(), StandardCharsets.UTF_8), log());
    }

    /** Starts a command in the project folder, stdout and stderr into the next log file. */
    Process start(List<String> command) throws IOException {
        runs++;
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** The log file of the latest command. */
    Path log() {
        return logs.resolve(String.format("%02d.log", runs));
    }

    /** What a finished command did; exit code -1 when it was stopped after its time-out. */
    record Result(List<String> command, int exitCode, long millis, String output, Path log) {
        String describe() {
            return String.join(" ", command) + " → exit " + exitCode + " after " + millis + " ms (log " + log
                    + "):\n" + tail(output);
        }

        private static String tail(String output) {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** A JDK older than {@code minimum} under /usr/lib/jvm (the newest of them), for an old {@code java}. */
    static Optional<Path> findJdkOlderThan(int minimum) throws IOException {
        if (!Files.isDirectory(JVM_DIR)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JVM_DIR)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> major(home).filter(m -> m < minimum).isPresent())
                    .max((a, b) -> Integer.compare(major(a).orElseThrow(), major(b).orElseThrow()));
        }
    }

    /** The major version in a JDK's {@code release} file. */
    static Optional<Integer> major(Path home) {
        try {
            Matcher matcher = Pattern.compile("(?m)^JAVA_VERSION=\"(1\\.)?(\\d+)").matcher(
                    Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(2))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(source)) {
            for (Path entry : top.filter(p -> !NOT_IN_A_CLONE.contains(p.getFileName().toString())
                    && !p.getFileName().toString().startsWith("site.")).toList()) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
