package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderGuardTest {
    private static final CorpusGenerator GENERATOR = CorpusGeneratorTest.GENERATOR;
    private static final String SEEDS_REFUSAL =
            ": error: refusing to write synthetic profiles into a seeds folder (expected a folder outside seeds/)";

    @TempDir
    Path temp;

    @Test
    void refusesASeedsFolderAndWritesNothing() throws IOException {
        Path seeds = Files.createDirectory(temp.resolve("seeds"));
        assertEquals(List.of(seeds + SEEDS_REFUSAL), GENERATOR.problems(10, seeds));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GENERATOR.generate(10, 42, seeds));
        assertEquals(seeds + SEEDS_REFUSAL, e.getMessage());
        assertEquals(List.of(), CorpusGeneratorTest.fileNames(seeds));
    }

    @Test
    void refusesAFolderInsideSeedsEvenWhenItDoesNotExistYet() throws IOException {
        Path inside = temp.resolve("seeds").resolve("synthetic").resolve("batch");
        assertEquals(List.of(inside + SEEDS_REFUSAL), GENERATOR.problems(10, inside));
        assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(10, 42, inside));
        assertFalse(Files.exists(temp.resolve("seeds")));
    }

    @Test
    void refusesALinkThatLeadsIntoSeeds() throws IOException {
        Files.createDirectory(temp.resolve("seeds"));
        Path link = Files.createSymbolicLink(temp.resolve("corpus"), temp.resolve("seeds"));
        Path target = link.resolve("new");
        assertEquals(List.of(target + SEEDS_REFUSAL), GENERATOR.problems(10, target));
    }

    @Test
    void refusesTheProjectSeedsFolderForBothReasons() {
        Path seeds = Path.of(System.getProperty("atlas.basedir", "."), "seeds");
        assertEquals(List.of(seeds + SEEDS_REFUSAL, seeds + ": error: holds 5 entries the generator did not write,"
                        + " such as 000_23610c0101512601.txt (expected an empty folder or one with only"
                        + " synthetic-NNNNNN.txt files)"),
                GENERATOR.problems(10, seeds));
    }

    @Test
    void refusesAFolderWithFilesItDidNotWrite() throws IOException {
        GENERATOR.generate(3, 42, temp);
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertEquals(List.of(temp + ": error: holds 1 entry the generator did not write, such as notes.txt"
                + " (expected an empty folder or one with only synthetic-NNNNNN.txt files)"),
                GENERATOR.problems(3, temp));
        assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(3, 42, temp));
        assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
    }

    @Test
    void refusesAFileAsFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("corpus.txt"), "x");
        assertEquals(List.of(file + ": error: not a folder (expected a folder or a path that does not exist yet)"),
                GENERATOR.problems(1, file));
    }

    @Test
    void refusesCountsOutsideOneToOneMillion() {
        Path folder = temp.resolve("new");
        assertEquals(List.of("error: cannot generate 0 profiles (expected 1 to 1000000)"),
                GENERATOR.problems(0, folder));
        assertEquals(List.of("error: cannot generate 1000001 profiles (expected 1 to 1000000)"),
                GENERATOR.problems(1_000_001, folder));
        assertEquals(List.of(), GENERATOR.problems(1, folder));
        assertEquals(List.of(), GENERATOR.problems(1_000_000, folder));
    }

    @Test
    void acceptsItsOwnEarlierOutput() throws IOException {
        GENERATOR.generate(3, 42, temp);
        assertEquals(List.of(), GENERATOR.problems(3, temp));
    }
}
