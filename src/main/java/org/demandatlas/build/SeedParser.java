package org.demandatlas.build;

import java.nio.file.Path;
import org.demandatlas.model.ParsedDocument;

/** Reads one seed file into a parsed document (ingest, then parse); I/O failures become problems of the file. */
@FunctionalInterface
public interface SeedParser {
    /** @param displayName the file as messages name it ({@code seeds/x.txt}) */
    ParsedDocument parse(Path file, String displayName);
}
