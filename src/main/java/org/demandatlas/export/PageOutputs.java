package org.demandatlas.export;

import java.util.Map;
import java.util.function.Function;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.routes.OutputFormat;

/**
 * The export stage's writers for the output formats of pages other than HTML (see {@code render.PageTypes}):
 * {@link OutputFormat#JSON} writes a jurisdiction exactly as {@code all.json} holds it, with its evidence.
 */
public final class PageOutputs {
    private PageOutputs() {
    }

    /** For each format, how to write what a page shows; the renderer calls them for every page that has it. */
    public static Map<OutputFormat, Function<Object, byte[]>> writers(Atlas atlas) {
        return Map.of(OutputFormat.JSON, shown -> json(atlas, shown));
    }

    private static byte[] json(Atlas atlas, Object shown) {
        if (shown instanceof Jurisdiction j) {
            return AtlasJsonFile.toBytes(j, atlas.evidenceOf(j.id()));
        }
        throw new IllegalArgumentException("no JSON form for " + shown);
    }
}
