package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return new CommandLine(new Main()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void writesTheCorpusWithTheDefaultSeed() throws IOException {
        Path corpus = temp.resolve("corpus");
        assertEquals(0, run("generate", "3", corpus.toString()));
        CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        long bytes = 0;
        for (int i = 1; i <= 3; i++) {
            String text = Files.readString(corpus.resolve(CorpusGenerator.fileName(i)));
            assertEquals(generator.render(42, i), text);
            bytes += Files.size(corpus.resolve(CorpusGenerator.fileName(i)));
        }
        assertEquals("wrote 3 synthetic profiles (" + bytes + " bytes, seed 42) to " + corpus + "\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void takesASeed() throws IOException {
        assertEquals(0, run("generate", "1", temp.toString(), "--seed", "7"));
        CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        assertEquals(generator.render(7, 1), Files.readString(temp.resolve("synthetic-000001.txt")));
    }

    @Test
    void refusesASeedsFolderWithExitCodeTwo() {
        Path seeds = temp.resolve("seeds");
        assertEquals(2, run("generate", "5", seeds.toString()));
        assertEquals(seeds + ": error: refusing to write synthetic profiles into a seeds folder"
                + " (expected a folder outside seeds/)\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void refusesACountOutOfRangeWithExitCodeTwo() {
        assertEquals(2, run("generate", "0", temp.toString()));
        assertEquals("error: cannot generate 0 profiles (expected 1 to 1000000)\n", err.toString());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(2, run("generate", "5"));
        assertTrue(err.toString().startsWith("Missing required parameter: 'OUTDIR'"), err.toString());
    }

    @Test
    void explainsItselfOnHelp() {
        assertEquals(0, run("generate", "--help"));
        assertTrue(out.toString().startsWith("Usage: demand-atlas generate [-hV] [--seed=S] N OUTDIR"),
                out.toString());
    }
}
