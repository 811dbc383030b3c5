package org.demandatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edits the release bench makes between releases are read by the real parser as the changes they claim. */
class CorpusEditsTest {
    private static final long SEED = 42;
    private final CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(),
            ReferenceData.loadStates());
    private final DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());

    @TempDir
    Path corpus;

    @Test
    void eachEditedProfileGainsOneTacticOrOneCitationAndOneIsAddedOneRemoved() throws IOException {
        generator.generate(60, SEED, corpus);
        Map<String, Jurisdiction> before = read();
        CorpusEdits.Round round = new CorpusEdits(generator, ReferenceData.loadTaxonomy(), SEED)
                .apply(corpus, 60, 2, 10);
        Map<String, Jurisdiction> after = read();

        assertEquals(5, round.tacticsAdded());
        assertEquals(5, round.citationsAdded());
        assertFalse(after.containsKey(round.removed()), round.removed());
        assertTrue(after.containsKey(round.added()) && !before.containsKey(round.added()), round.added());
        int tactics = 0;
        int citations = 0;
        for (Map.Entry<String, Jurisdiction> entry : after.entrySet()) {
            Jurisdiction was = before.get(entry.getKey());
            if (was != null) {
                int moreTactics = entry.getValue().tactics().size() - was.tactics().size();
                int moreCitations = entry.getValue().citationCount() - was.citationCount();
                assertTrue(moreTactics + moreCitations <= 1, entry.getKey());
                tactics += moreTactics;
                citations += moreCitations;
            }
        }
        assertEquals(List.of(5, 5), List.of(tactics, citations));
    }

    private Map<String, Jurisdiction> read() throws IOException {
        Map<String, Jurisdiction> profiles = new HashMap<>();
        TextIngester ingester = new TextIngester();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                parser.parse(ingester.read(file, name)).findJurisdiction().ifPresent(j -> profiles.put(name, j));
            }
        }
        return profiles;
    }
}
