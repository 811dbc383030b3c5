package org.demandatlas.routes;

import org.demandatlas.model.Labelled;

/**
 * The machine-readable files of the export stage, in the order pages list them: id, site path, media type and
 * label. The export stage writes them at these paths; pages and JSON-LD link them from here.
 */
public enum DataFile implements Labelled {
    ALL_JSON("all-json", "/data/all.json", "application/json", "All data (JSON)"),
    JURISDICTIONS_CSV("jurisdictions-csv", "/data/jurisdictions.csv", "text/csv", "Jurisdictions (CSV)"),
    CITATIONS_CSV("citations-csv", "/data/citations.csv", "text/csv", "Citations (CSV)"),
    EVIDENCE_CSV("evidence-csv", "/data/evidence.csv", "text/csv", "Tactic evidence (CSV)"),
    QUALITY_JSON("quality-json", "/data/quality.json", "application/json", "Data-quality report (JSON)"),
    SCHEMA_JSON("schema-json", "/data/all.schema.json", "application/schema+json", "JSON Schema of all.json"),
    RELEASES_JSON("releases-json", "/data/releases.json", "application/json", "Releases (JSON)"),
    CHANGES_JSON("changes-json", "/data/changes.json", "application/json", "Changes between releases (JSON)");

    private final String id;
    private final String path;
    private final String mediaType;
    private final String label;

    DataFile(String id, String path, String mediaType, String label) {
        this.id = id;
        this.path = path;
        this.mediaType = mediaType;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The site path, {@code /data/all.json}. */
    public String path() {
        return path;
    }

    /** The file relative to the site folder, {@code data/all.json}. */
    public String file() {
        return Routes.file(path);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The files a release's hashes cover: every data file but the release history itself. */
    public boolean inRelease() {
        return this != RELEASES_JSON && this != CHANGES_JSON;
    }

}
