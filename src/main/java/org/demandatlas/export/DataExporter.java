package org.demandatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Slugs;

/**
 * Writes the data contract into a site folder: {@code data/all.json}, {@code data/jurisdictions.csv},
 * {@code data/citations.csv}, {@code data/quality.json} (the data-quality report) and {@code <st>/<slug>/index.json}
 * per jurisdiction.
 */
public final class DataExporter {
    public static final String ALL_JSON = "data/all.json";

    private DataExporter() {
    }

    public static void export(Atlas atlas, Path siteRoot) throws IOException {
        Path data = Files.createDirectories(siteRoot.resolve("data"));
        AtlasJsonFile.write(atlas, data.resolve("all.json"));
        CsvExports.jurisdictions(atlas, data.resolve("jurisdictions.csv"));
        CsvExports.citations(atlas, data.resolve("citations.csv"));
        Files.write(data.resolve("quality.json"), QualityJsonFile.toBytes(atlas));
        for (Jurisdiction jurisdiction : atlas.jurisdictions()) {
            Path folder = siteRoot.resolve(Slugs.requireSlug(jurisdiction.state().slug()))
                    .resolve(Slugs.requireSlug(jurisdiction.slug()));
            Files.createDirectories(folder);
            Files.write(folder.resolve("index.json"), AtlasJsonFile.toBytes(jurisdiction));
        }
    }
}
