package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large hostile seeds, generated at test time, end to end through {@code build}: the documented limits give one
 * precise error each, sizes under them build, and each run's time is printed.
 */
class HostileLargeInputsIT {
    private static final Path HARTFORD = Path.of(System.getProperty("atlas.basedir", "."), "seeds",
            "000_23610c0101512601.txt");

    record Large(String name, String text, int exitCode, List<String> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Large> cases() {
        String sentence = "Police arrested buyers in a reverse sting and sent letters to their homes. ";
        String paragraph = sentence.repeat(10);
        return Stream.of(
                new Large("5 MB narrative in one paragraph", HostileProfiles.withNarrative(
                        sentence.repeat(5_000_000 / sentence.length())), 1, List.of("h.txt:7:1: error: line is "
                        + "4999950 characters long (expected at most 100000)")),
                new Large("5 MB narrative in many paragraphs", HostileProfiles.withNarrative(
                        (paragraph + "\n\n").repeat(5_000_000 / (paragraph.length() + 2))), 0, List.of()),
                new Large("1 MB line", HostileProfiles.withNarrative("x".repeat(1_000_000)), 1,
                        List.of("h.txt:7:1: error: line is 1000000 characters long (expected at most 100000)")),
                new Large("100,000 tactic lines", HostileProfiles.withTacticLines(100_000), 0, List.of()),
                new Large("100,000 unknown tactics", HostileProfiles.withUnknownTactics(100_000), 1, List.of(
                        "h.txt:5:1: error: Tactics Used lists 100000 tactics (expected at most 1000)")),
                new Large("100,000 partners", HostileProfiles.withPartners(100_000), 1, List.of(
                        "h.txt:11:1: error: Key Partners lists 100000 partners (expected at most 1000)")),
                new Large("50,000 citations", HostileProfiles.withCitations(50_000), 1, List.of(
                        "h.txt:15:1: error: Key Sources lists 50000 citations (expected at most 5000)")),
                new Large("9 MB file", HostileProfiles.withNarrative((paragraph + "\n\n").repeat(
                        9_000_000 / (paragraph.length() + 2))), 1, List.of("h.txt:0:0: error: file is 9000068 bytes (expected at most 8388608)")));
    }

    /** Each case finishes well inside this (the target is 10 s on an idle machine; the bench measures, not this). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void largeInputsAreReportedOrBuilt(Large large, @TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(HARTFORD, seeds.resolve(HARTFORD.getFileName()));
        Files.writeString(seeds.resolve("h.txt"), large.text(), StandardCharsets.UTF_8);
        long start = System.nanoTime();

        CommandRun run = CommandRun.of("build", "--seeds", seeds.toString(), "--out", dir.resolve("site").toString());

        System.out.printf("HostileLargeInputsIT: %s: exit %d in %d ms, %d problem lines%n", large.name(),
                run.exitCode(), (System.nanoTime() - start) / 1_000_000, run.err().lines().count());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        List<String> lines = run.err().replace(seeds + "/", "").lines().filter(line -> !line.startsWith("build: "))
                .limit(5).toList();
        assertEquals(large.exitCode(), run.exitCode(), lines.toString());
        if (large.exitCode() != 0) {
            assertEquals(large.problems(), lines.stream().filter(line -> line.contains(": error: ")).toList());
            assertFalse(Files.exists(dir.resolve("site")));
            assertTrue(run.err().contains("every problem is listed in "), run.err());
        } else {
            assertTrue(Files.isRegularFile(dir.resolve("site/ct/avon/index.html")));
            assertTrue(run.err().lines().count() <= 101, "problems capped per file");
        }
    }
}
