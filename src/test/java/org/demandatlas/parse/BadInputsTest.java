package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/bad-inputs/} ({@code .txt} or {@code .bin}) is read and parsed as the
 * build would; its problems must be exactly the lines of the {@code .expected} file beside it. Large inputs are
 * generated at test time instead of committed.
 */
class BadInputsTest {
    private static final String FOLDER = "bad-inputs";

    static Stream<String> inputs() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(path -> path.getFileName().toString()).filter(BadInputsTest::isInput).sorted()
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInput(String name) {
        return name.endsWith(".txt") || name.endsWith(".bin");
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(BadInputsTest.class.getResource("/" + FOLDER)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problemsOf(Path file, String displayName) {
        ParsedDocument parsed = Fixtures.PARSER.parse(new TextIngester().read(file, displayName));
        assertEquals(parsed.lineRoles().size(), new TextIngester().read(file, displayName).lineCount());
        return parsed.problems().stream().map(Problem::format).toList();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void problemsAreExactlyTheExpectedOnes(String name) throws IOException {
        Path expected = folder().resolve(name.substring(0, name.length() - 4) + ".expected");
        assertTrue(Files.exists(expected), () -> "missing " + expected.getFileName() + "; actual problems:\n"
                + String.join("\n", problemsOf(folder().resolve(name), FOLDER + "/" + name)));
        List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        assertEquals(lines, problemsOf(folder().resolve(name), FOLDER + "/" + name));
    }

    @Test
    void everyExpectedFileHasItsInput() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> orphans = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".expected"))
                    .filter(name -> inputs().noneMatch(input -> input.startsWith(name.replace(".expected", "."))))
                    .toList();
            assertEquals(List.of(), orphans);
        }
        assertTrue(inputs().count() >= 25);
    }

    @Test
    void oneMegabyteLineIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        char[] line = new char[1024 * 1024];
        Arrays.fill(line, 'x');
        Path file = Files.writeString(dir.resolve("long-line.txt"), Fixtures.profile(new String(line)));
        assertEquals(List.of("bad-inputs/long-line.txt:7:1: error: line is 1048576 characters long (expected at most"
                + " 100000)"), problemsOf(file, FOLDER + "/long-line.txt"));
    }

    @Test
    void fileOverEightMebibytesIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.txt");
        Files.write(file, ("Hartford, CT\n" + "a".repeat(100) + "\n").repeat(90_000).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bad-inputs/huge.txt:0:0: error: file is " + Files.size(file) + " bytes (expected at"
                + " most 8388608)"), problemsOf(file, FOLDER + "/huge.txt"));
    }
}
