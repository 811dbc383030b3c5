package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@link LauncherInstaller} writes, run by bash against fake JDKs (a {@code release} file and a
 * {@code bin/java} that prints its name and arguments) with a {@code java} first on PATH that must never run.
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path bin;

    @BeforeEach
    void setUp() throws IOException {
        bin = dir.resolve("target/bin");
        Files.createDirectories(bin);
        Files.writeString(dir.resolve("target/demand-atlas.jar"), "");
        fakeJdk(dir.resolve("path"), "PATH java", null);
        Files.move(dir.resolve("path/bin/java"), dir.resolve("path/java"));
    }

    @Test
    void runsTheBuildsJdkWhateverJavaIsFirstOnPath() throws Exception {
        LauncherInstaller.install(bin, fakeJdk(dir.resolve("jdk-25"), "jdk 25", "25.0.1"), 21);

        Run run = launch(bin.resolve("demand-atlas"), Map.of(), "search", "reverse stings");
        assertEquals(new Run(0, "jdk 25|-jar|" + bin + "/../demand-atlas.jar|search|reverse stings\n", ""), run);
    }

    @Test
    void prefersJavaHomeWhenItIsNewEnough() throws Exception {
        LauncherInstaller.install(bin, fakeJdk(dir.resolve("jdk-25"), "jdk 25", "25.0.1"), 21);
        Path jdk21 = fakeJdk(dir.resolve("jdk-21"), "jdk 21", "21");
        Path jdk17 = fakeJdk(dir.resolve("jdk-17"), "jdk 17", "17.0.15");

        assertTrue(launch(bin.resolve("demand-atlas"), Map.of("JAVA_HOME", jdk21.toString()), "--help").out()
                .startsWith("jdk 21|"));
        assertTrue(launch(bin.resolve("demand-atlas"), Map.of("JAVA_HOME", jdk17.toString()), "--help").out()
                .startsWith("jdk 25|"));
    }

    @Test
    void withoutAJdkThatIsNewEnoughPrintsTheFixAndExitsWithTwo() throws Exception {
        Path jdk17 = fakeJdk(dir.resolve("jdk-17"), "jdk 17", "17.0.15");
        LauncherInstaller.install(bin, dir.resolve("removed-jdk"), 21);

        Run run = launch(bin.resolve("demand-atlas"), Map.of("JAVA_HOME", jdk17.toString()), "--help");
        assertEquals(new Run(2, "", "demand-atlas: needs a JDK 21 or newer; tried JAVA_HOME=" + jdk17 + " (JDK 17) "
                + "and the build's " + dir.resolve("removed-jdk") + " (gone). Fix: install one (e.g. Temurin 21+) "
                + "under /usr/lib/jvm, then run ./mvnw -B package again, or set JAVA_HOME to it.\n"), run);
    }

    @Test
    void findsItsJarThroughASymlinkAndPassesJvmOptions() throws Exception {
        Path jdk = fakeJdk(dir.resolve("a 'quoted' jdk"), "quoted", "22");
        LauncherInstaller.install(bin, jdk, 21);
        Path link = dir.resolve("home-bin/demand-atlas");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, bin.resolve("demand-atlas"));

        Run run = launch(link, Map.of("DEMAND_ATLAS_OPTS", "-Xmx1g -Da=b"), "serve");
        assertEquals(new Run(0, "quoted|-Xmx1g|-Da=b|-jar|" + bin + "/../demand-atlas.jar|serve\n", ""), run);
    }

    @Test
    void saysHowToBuildTheMissingJar() throws Exception {
        LauncherInstaller.install(bin, fakeJdk(dir.resolve("jdk-25"), "jdk 25", "25"), 21);
        Files.delete(dir.resolve("target/demand-atlas.jar"));

        Run run = launch(bin.resolve("demand-atlas"), Map.of(), "--help");
        assertEquals(new Run(2, "", "demand-atlas: " + bin + "/../demand-atlas.jar is missing. Fix: run ./mvnw -B "
                + "package in the project folder.\n"), run);
    }

    @Test
    void bashCompletionCompletesCommandsAndOptions() throws Exception {
        LauncherInstaller.install(bin, fakeJdk(dir.resolve("jdk-25"), "jdk 25", "25"), 21);
        String script = "source " + bin.resolve(LauncherInstaller.COMPLETION) + " 2>/dev/null\n"
                + "complete() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; _complete_demand-atlas 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "complete demand-atlas se; complete demand-atlas build --ba; complete target/bin/demand-atlas ge\n";

        Run run = run(List.of("bash", "-c", script), Map.of());
        assertEquals(new Run(0, "serve search serve-bench\n--base-url\ngenerate\n", ""), run);
    }

    private Run launch(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JAVA") || name.startsWith("DEMAND_ATLAS"));
        builder.environment().put("PATH", dir.resolve("path") + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "launcher finished");
        return new Run(process.exitValue(), out, err);
    }

    /** A folder that looks like a JDK of that version ({@code null}: no release file) and prints its name. */
    private static Path fakeJdk(Path home, String name, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        if (version != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nout='" + name + "'\nfor a in \"$@\"; do out=\"$out|$a\"; done\n"
                + "echo \"$out\"\n" + (version == null ? "exit 1\n" : ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
