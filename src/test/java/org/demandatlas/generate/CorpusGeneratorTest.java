package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.demandatlas.catalog.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    static final CorpusGenerator GENERATOR = new CorpusGenerator(ReferenceData.loadTaxonomy(),
            ReferenceData.loadStates());

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        GENERATOR.generate(200, 42, temp.resolve("a"));
        GENERATOR.generate(200, 42, temp.resolve("b"));
        List<String> files = fileNames(temp.resolve("a"));
        assertEquals(200, files.size());
        assertEquals(files, fileNames(temp.resolve("b")));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)),
                    Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void anotherSeedWritesOtherProfiles() throws IOException {
        GENERATOR.generate(50, 42, temp.resolve("a"));
        GENERATOR.generate(50, 7, temp.resolve("b"));
        for (int i = 1; i <= 50; i++) {
            String file = CorpusGenerator.fileName(i);
            assertFalse(Files.readString(temp.resolve("a").resolve(file))
                    .equals(Files.readString(temp.resolve("b").resolve(file))), file);
        }
    }

    @Test
    void bytesDoNotDependOnLocaleOrThreads() throws Exception {
        GENERATOR.generate(100, 42, temp);
        Locale original = Locale.getDefault();
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            single.submit(() -> GENERATOR.generate(100, 42, temp.resolve("single"))).get();
            for (int i = 1; i <= 100; i++) {
                String file = CorpusGenerator.fileName(i);
                byte[] expected = GENERATOR.render(42, i).getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(expected, Files.readAllBytes(temp.resolve(file)), file);
                assertArrayEquals(expected, Files.readAllBytes(temp.resolve("single").resolve(file)), file);
            }
        } finally {
            Locale.setDefault(original);
            single.shutdown();
        }
    }

    /**
     * Pins the bytes across machines and JDKs. A deliberate change of the vocabulary or of the generator changes
     * this digest: then check a few files by eye and update it (and say so in the commit message).
     */
    @Test
    void theFirstHundredProfilesOfSeed42HaveAKnownDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 1; i <= 100; i++) {
            digest.update(GENERATOR.render(42, i).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("99276949c1a7755d285c16ef552c74f662e5fca7519c88bef652cde9dc3745d1",
                HexFormat.of().formatHex(digest.digest()));
        assertEquals("North Ploverdale, MS", GENERATOR.describe(42, 1).place().header());
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() throws IOException {
        GENERATOR.generate(30, 42, temp.resolve("large"));
        GENERATOR.generate(10, 42, temp.resolve("small"));
        for (String file : fileNames(temp.resolve("small"))) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("large").resolve(file)),
                    Files.readAllBytes(temp.resolve("small").resolve(file)), file);
        }
    }

    @Test
    void rerunningWithFewerProfilesRemovesTheStaleOnes() throws IOException {
        GENERATOR.generate(20, 42, temp);
        GenerationReport report = GENERATOR.generate(5, 9, temp);
        assertEquals(15, report.removed());
        assertEquals(List.of("synthetic-000001.txt", "synthetic-000002.txt", "synthetic-000003.txt",
                "synthetic-000004.txt", "synthetic-000005.txt"), fileNames(temp));
        assertEquals(GENERATOR.render(9, 5), Files.readString(temp.resolve("synthetic-000005.txt")));
    }

    @Test
    void reportCountsProfilesAndBytes() throws IOException {
        GenerationReport report = GENERATOR.generate(12, 42, temp);
        long bytes = 0;
        for (String file : fileNames(temp)) {
            bytes += Files.size(temp.resolve(file));
        }
        assertEquals(12, report.profiles());
        assertEquals(bytes, report.bytes());
        assertEquals(0, report.removed());
    }

    @Test
    void fileNamesArePaddedToSixDigits() {
        assertEquals("synthetic-000001.txt", CorpusGenerator.fileName(1));
        assertEquals("synthetic-1000000.txt", CorpusGenerator.fileName(1_000_000));
    }

    @Test
    void describeRejectsAnIndexOutsideTheCorpus() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GENERATOR.describe(42, 0));
        assertEquals("profile index must be 1 to 1000000, was 0", e.getMessage());
        assertTrue(GENERATOR.describe(42, 1_000_000).tacticIds().size() >= 3);
    }

    static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .sorted().toList();
        }
    }
}
