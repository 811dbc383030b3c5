package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasBuilder;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.parse.DocumentParser;

/**
 * The atlas of the five real seeds, read by the real ingest, parse and catalog stages: Hartford, Waterbury and
 * Windsor Locks (curated profiles), West Hartford (a place known from an article) and the Connecticut press
 * release. Built once per test run.
 */
public final class SeedAtlasFixture {
    private static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");
    private static Atlas atlas;

    private SeedAtlasFixture() {
    }

    public static synchronized Atlas atlas() {
        if (atlas == null) {
            atlas = load();
        }
        return atlas;
    }

    private static Atlas load() {
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        TextIngester ingester = new TextIngester();
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<ParsedDocument> parsed = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> parser.parse(ingester.read(f, "seeds/" + f.getFileName()))).toList();
            return new AtlasBuilder(ReferenceData.loadTaxonomy(), ReferenceData.loadStates()).build(parsed).atlas();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
