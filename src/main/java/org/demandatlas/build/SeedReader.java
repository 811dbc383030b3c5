package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;

/**
 * Reads one seed file through the parser, turning every failure into a problem of that file so that one bad file
 * never hides another's problems: unreadable files are input errors; a parser crash is reported too, and remembered
 * (it is our bug, not the seed's).
 */
public final class SeedReader {
    private final SeedParser parser;
    private boolean brokeOnAFile;

    public SeedReader(SeedParser parser) {
        this.parser = parser;
    }

    public ParsedDocument read(Path seed) {
        String name = DisplayPaths.of(seed);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(seed);
        } catch (IOException e) {
            return unreadable(name, "cannot read the file: " + SiteBuild.describe(e));
        }
        try {
            return parser.parse(name, bytes);
        } catch (RuntimeException e) {
            brokeOnAFile = true;
            return unreadable(name, "internal error while parsing: " + e
                    + " (please report this together with the file)");
        }
    }

    public boolean brokeOnAFile() {
        return brokeOnAFile;
    }

    private static ParsedDocument unreadable(String name, String message) {
        return new ParsedDocument(name, null, null, List.of(), List.of(Problem.error(name, 0, 0, message)));
    }
}
