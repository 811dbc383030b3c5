package org.demandatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.QualityReport;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.OutputFolder;

/**
 * Writes the data contract into a site folder at the paths of the route table: the {@link DataFile}s
 * ({@code data/all.json}, {@code data/jurisdictions.csv}, {@code data/citations.csv}, {@code data/quality.json}).
 * The JSON of each jurisdiction is an output format of its page, written by the renderer with
 * {@link PageOutputs}. Beside them, the script data of the explore and compare pages ({@link ExploreData},
 * {@link CompareData}).
 */
public final class DataExporter {
    private DataExporter() {
    }

    public static void export(Atlas atlas, QualityReport quality, Path siteRoot) throws IOException {
        OutputFolder site = new OutputFolder(siteRoot);
        AtlasJsonFile.write(atlas, site.prepare(DataFile.ALL_JSON.file()));
        CsvExports.jurisdictions(atlas, site.prepare(DataFile.JURISDICTIONS_CSV.file()));
        CsvExports.citations(atlas, site.prepare(DataFile.CITATIONS_CSV.file()));
        site.write(DataFile.QUALITY_JSON.file(), QualityJsonFile.toBytes(atlas, quality));
        ExploreData.write(atlas, site);
        CompareData.write(atlas, site);
    }
}
