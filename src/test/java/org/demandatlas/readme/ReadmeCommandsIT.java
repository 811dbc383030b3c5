package org.demandatlas.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.fixtures.ReadmeCommands;
import org.demandatlas.fixtures.ReadmeCommands.Command;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's own command lines, extracted from README.md ({@link ReadmeCommands}; the rule is in DEVELOPERS.md),
 * run as a newcomer types them in a fresh copy of the project with a JDK 17 {@code java} first on PATH and
 * {@code JAVA_HOME} unset; the JDK >= 21 is only installed (under /usr/lib/jvm) for Maven's toolchains to find.
 * Then the same {@code package} line with {@code JAVA_HOME} = that JDK and PATH's java still 17.
 */
class ReadmeCommandsIT {
    /** Added to every {@code ./mvnw … package} line: no network, and the tests are the outer build's business. */
    static final List<String> MAVEN_EXTRAS = List.of("-o", "-Dmaven.test.skip=true");
    private static final int MIN_JDK = 21;
    private static final Pattern OPEN_URL = Pattern.compile("open (http://\\S+/) in a browser");

    @Test
    void everyReadmeCommandWorksWithJava17FirstOnPath() throws Exception {
        List<Command> commands = ReadmeCommands.read(ProjectFiles.basedir().resolve("README.md"));
        Path oldJdk = requireOldJdk();
        Newcomer newcomer = Newcomer.freshClone(ProjectFiles.basedir(), workFolder(), oldJdk);
        String pathJava = newcomer.run(List.of("java", "-version"), 60).output();
        assertTrue(pathJava.contains("version \"" + Newcomer.major(oldJdk).orElseThrow()), "old java first on PATH: "
                + pathJava);

        for (Command command : commands.stream().filter(Command::isPackage).toList()) {
            assertPackaged(newcomer, command);
        }
        for (Command command : commands.stream().filter(c -> !c.isMaven()).toList()) {
            if (command.isServe()) {
                assertServes(newcomer, command);
            } else {
                assertRuns(newcomer, command);
            }
        }
        String version = newcomer.run(List.of(ReadmeCommands.LAUNCHER, "--version"), 60).output();
        Matcher java = Pattern.compile("(?m)^java (\\d+)").matcher(version);
        assertTrue(java.find() && Integer.parseInt(java.group(1)) >= MIN_JDK, "a JDK 21+ runs it: " + version);
    }

    @Test
    void packageWorksWithJavaHomeOnTheNewJdkAndJava17FirstOnPath() throws Exception {
        Command packageLine = ReadmeCommands.read(ProjectFiles.basedir().resolve("README.md")).stream()
                .filter(Command::isPackage).findFirst().orElseThrow();
        Path javaHome = Path.of(System.getProperty("java.home"));
        assertTrue(Newcomer.major(javaHome).orElseThrow() >= MIN_JDK, javaHome + " is a JDK " + MIN_JDK + "+");
        Newcomer newcomer = Newcomer.freshClone(ProjectFiles.basedir(), workFolder(), requireOldJdk())
                .withJavaHome(javaHome);

        assertPackaged(newcomer, packageLine);
        String version = newcomer.run(List.of(ReadmeCommands.LAUNCHER, "--version"), 60).output();
        assertTrue(version.contains("(" + javaHome + ")"), "JAVA_HOME runs the launcher: " + version);
    }

    private static void assertPackaged(Newcomer newcomer, Command command) throws Exception {
        List<String> words = new ArrayList<>(command.words());
        words.addAll(MAVEN_EXTRAS);
        Newcomer.Result result = newcomer.run(words, 900);
        report(command, result);
        assertEquals(0, result.exitCode(), () -> "README.md:" + command.line() + ": " + result.describe());
        for (String file : List.of("target/demand-atlas.jar", ReadmeCommands.LAUNCHER, "target/bin/"
                + "demand-atlas_completion", "site/index.html", "site/data/all.json")) {
            assertTrue(Files.isRegularFile(newcomer.project().resolve(file)), file + " after " + command.text());
        }
    }

    private static void assertRuns(Newcomer newcomer, Command command) throws Exception {
        Newcomer.Result result = newcomer.run(command.words(), 120);
        report(command, result);
        assertEquals(0, result.exitCode(), () -> "README.md:" + command.line() + ": " + result.describe());
        if (command.args().equals(List.of("--help"))) {
            assertTrue(result.output().startsWith("Usage: demand-atlas "), result.describe());
        }
        if (command.args().equals(List.of("search", "reverse stings"))) {
            assertTrue(result.output().matches("(?s) 1 .+\\n[1-9]\\d* of [1-9]\\d* results?\\n.*"), result.describe());
        }
    }

    /** Starts the serve line on any free port, fetches the home page and a search, then stops it. */
    private static void assertServes(Newcomer newcomer, Command command) throws Exception {
        List<String> words = new ArrayList<>(command.words());
        words.addAll(List.of("--port", "0"));
        long started = System.nanoTime();
        Process serve = newcomer.start(words);
        try {
            URI home = awaitUrl(newcomer.log(), serve).orElseGet(() -> fail("README.md:" + command.line() + ": "
                    + command.text() + " printed no URL to open: " + read(newcomer.log())));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = get(client, home);
            HttpResponse<String> search = get(client, home.resolve("api/search?q=reverse+stings"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>"), page.body());
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().matches("(?s).*\"total\" ?: ?[1-9].*"), search.body());
            System.out.printf("ReadmeCommandsIT: README.md:%d %s → answered on %s after %d ms%n", command.line(),
                    command.text(), home, (System.nanoTime() - started) / 1_000_000);
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static Optional<URI> awaitUrl(Path log, Process serve) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher matcher = OPEN_URL.matcher(read(log));
            if (matcher.find()) {
                return Optional.of(URI.create(matcher.group(1)));
            }
            if (!serve.isAlive()) {
                return Optional.empty();
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void report(Command command, Newcomer.Result result) {
        System.out.printf("ReadmeCommandsIT: README.md:%d %s → exit %d in %d ms%n", command.line(), command.text(),
                result.exitCode(), result.millis());
    }

    /** A JDK older than 21 to put first on PATH; required in CI, else the test is skipped with the reason. */
    private static Path requireOldJdk() throws IOException {
        Optional<Path> old = Newcomer.findJdkOlderThan(MIN_JDK);
        if (old.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("no JDK older than " + MIN_JDK + " under " + Newcomer.JVM_DIR + " (CI needs one: apt-get install -y "
                    + "openjdk-17-jdk-headless)");
        }
        Assumptions.assumeTrue(old.isPresent(), "ReadmeCommandsIT skipped: no JDK older than " + MIN_JDK + " under "
                + Newcomer.JVM_DIR);
        return old.orElseThrow();
    }

    /** A new folder under target/readme-commands/, kept after the run for its logs. */
    private static Path workFolder() throws IOException {
        Path root = ProjectFiles.basedir().resolve("target/readme-commands");
        Files.createDirectories(root);
        return Files.createTempDirectory(root, "run-");
    }
}
