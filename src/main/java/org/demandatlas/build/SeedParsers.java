package org.demandatlas.build;

import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.parse.DocumentParser;

/** The real seed parser: {@link TextIngester} (decoding, limits, SHA-256), then {@link DocumentParser}. */
public final class SeedParsers {
    private SeedParsers() {
    }

    public static SeedParser standard() {
        TextIngester ingester = new TextIngester();
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        return (file, displayName) -> parser.parse(ingester.read(file, displayName));
    }
}
