package org.demandatlas.build;

/** The real seed parser: ingest, then parse. */
public final class SeedParsers {
    private SeedParsers() {
    }

    public static SeedParser standard() {
        throw new IllegalStateException("the parse stage is not merged yet");
    }
}
