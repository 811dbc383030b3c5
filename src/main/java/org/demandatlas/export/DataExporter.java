package org.demandatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.QualityReport;
import org.demandatlas.routes.DataFile;

/**
 * Writes the data contract into a site folder at the paths of the route table: the {@link DataFile}s
 * ({@code data/all.json}, {@code data/jurisdictions.csv}, {@code data/citations.csv}, {@code data/quality.json}).
 * The JSON of each jurisdiction is an output format of its page, written by the renderer with
 * {@link PageOutputs}.
 */
public final class DataExporter {
    private DataExporter() {
    }

    public static void export(Atlas atlas, QualityReport quality, Path siteRoot) throws IOException {
        AtlasJsonFile.write(atlas, target(siteRoot, DataFile.ALL_JSON.file()));
        CsvExports.jurisdictions(atlas, target(siteRoot, DataFile.JURISDICTIONS_CSV.file()));
        CsvExports.citations(atlas, target(siteRoot, DataFile.CITATIONS_CSV.file()));
        Files.write(target(siteRoot, DataFile.QUALITY_JSON.file()), QualityJsonFile.toBytes(atlas, quality));
    }

    /** The file's path in the site folder, its folder created. */
    private static Path target(Path siteRoot, String file) throws IOException {
        Path target = siteRoot.resolve(file);
        Files.createDirectories(target.getParent());
        return target;
    }
}
