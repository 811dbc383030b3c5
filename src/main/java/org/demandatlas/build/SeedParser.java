package org.demandatlas.build;

import org.demandatlas.model.ParsedDocument;

/** Reads the bytes of one seed file into a parsed document (ingest, then parse). */
@FunctionalInterface
public interface SeedParser {
    /** @param displayName the file as messages name it ({@code seeds/x.txt}) */
    ParsedDocument parse(String displayName, byte[] bytes);
}
