package org.demandatlas.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasBuilder;
import org.demandatlas.catalog.EvidenceFinder;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.catalog.StatuteFinder;
import org.demandatlas.catalog.TimelineExtractor;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.parse.DocumentParser;

/** The atlas of the real seeds, read by the real ingest, parse and catalog stages, with timeline and evidence. */
final class SeedAtlas {
    static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");

    private SeedAtlas() {
    }

    static Atlas load() {
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        TextIngester ingester = new TextIngester();
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<ParsedDocument> parsed = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> parser.parse(ingester.read(f, "seeds/" + f.getFileName()))).toList();
            Atlas atlas = new AtlasBuilder(ReferenceData.loadTaxonomy(), ReferenceData.loadStates()).build(parsed)
                    .atlas();
            Atlas dated = new StatuteFinder(ReferenceData.loadStatuteLinks()).extract(TimelineExtractor.extract(atlas));
            return EvidenceFinder.of(dated).enrich(dated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
