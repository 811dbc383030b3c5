package org.demandatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.SourceText;
import org.junit.jupiter.api.Test;

/** The five seeds read as UTF-8 without problems, with the line counts an editor shows. */
class SeedIngestTest {
    static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");

    @Test
    void seedsReadCleanlyWithTheirLineCounts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (var files = Files.list(SEEDS)) {
            for (Path file : files.sorted().toList()) {
                SourceText text = new TextIngester().read(file, "seeds/" + file.getFileName());
                assertEquals(List.of(), text.problems(), file::toString);
                assertEquals("UTF-8", text.encoding());
                counts.put(file.getFileName().toString().substring(0, 3), text.lineCount());
            }
        }
        assertEquals(Map.of("000", 42, "001", 78, "002", 63, "003", 47, "004", 164), counts);
    }

    @Test
    void seedNbspBecomesASpaceInPlace() throws IOException {
        SourceText text = new TextIngester().read(SEEDS.resolve("000_23610c0101512601.txt"), "seeds/000.txt");
        String line = text.line(16);
        int at = line.indexOf("transactions.") + "transactions.".length();
        assertEquals("  Historians", line.substring(at, at + "  Historians".length()));
        assertEquals(-1, String.join("\n", text.lines()).indexOf('\u00a0'));
    }
}
