package org.demandatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.QualityReport;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.text.DataFiles;

/**
 * Writes the data contract into a site folder at the paths of the route table: the {@link DataFile}s
 * ({@code data/all.json} and its JSON Schema, the CSV files, {@code data/quality.json}); the release history
 * ({@code data/releases.json}, {@code data/changes.json}) is {@link ReleaseArchive}'s.
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
        CsvExports.evidence(atlas, site.prepare(DataFile.EVIDENCE_CSV.file()));
        site.write(DataFile.SCHEMA_JSON.file(), DataFiles.readBytes(DataExporter.class, "all.schema.json"));
        site.write(DataFile.QUALITY_JSON.file(), QualityJsonFile.toBytes(atlas, quality));
        ExploreData.write(atlas, site);
        CompareData.write(atlas, site);
    }
}
