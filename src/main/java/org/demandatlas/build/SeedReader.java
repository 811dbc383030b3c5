package org.demandatlas.build;

import java.nio.file.Path;
import java.util.List;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * Reads one seed file through the parser so that one bad file never hides another's problems: whatever goes wrong
 * with a file becomes a problem of that file. A parser crash is reported too, and remembered: it is our bug, not
 * the seed's. Safe to use from several threads when the parser is.
 */
public final class SeedReader {
    private final SeedParser parser;
    private volatile boolean brokeOnAFile;

    public SeedReader(SeedParser parser) {
        this.parser = parser;
    }

    public ParsedDocument read(Path seed) {
        String name = DisplayPaths.of(seed);
        try {
            return parser.parse(seed, name);
        } catch (RuntimeException e) {
            brokeOnAFile = true;
            return new ParsedDocument(name, null, null, List.of(), List.of(Problem.error(ProblemKind.INTERNAL, name,
                    0, 0, "internal error while parsing: " + e + " (please report this together with the file)")));
        }
    }

    public boolean brokeOnAFile() {
        return brokeOnAFile;
    }
}
