package org.demandatlas.render;

import java.io.IOException;
import java.util.List;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.text.DataFiles;

/** Copies the static files listed in {@code templates/static-files.txt} (style sheet, script, icons) as they are. */
final class StaticAssets {
    private static final String LIST = "templates/static-files.txt";

    private StaticAssets() {
    }

    static List<String> list() {
        return DataFiles.readList(StaticAssets.class, "/" + LIST);
    }

    static void copy(OutputFolder writer) throws IOException {
        for (String file : list()) {
            writer.write(file, DataFiles.readBytes(StaticAssets.class, "/templates/" + file));
        }
    }
}
