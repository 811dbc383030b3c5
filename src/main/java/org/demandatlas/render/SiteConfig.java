package org.demandatlas.render;

import java.util.List;
import org.demandatlas.text.DataFiles;

/**
 * The site's own data, read from {@code site.json} beside this class: name, tagline, navigation entries, the data
 * files the export stage writes (linked, never written here), the per-profile data file name, how many citations
 * one page of the sources list shows and how many a tactic page lists before pointing to the sources list.
 */
record SiteConfig(String name, String tagline, List<NavEntry> nav, List<DataFile> dataFiles,
                  String profileDataFile, int sourcesPerPage, int citationsPerTacticPage) {
    SiteConfig {
        if (sourcesPerPage < 1 || citationsPerTacticPage < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
        nav = List.copyOf(nav);
        dataFiles = List.copyOf(dataFiles);
    }

    /** A navigation entry: the section it marks as current, its label and its site path. */
    record NavEntry(String section, String label, String path) {
    }

    /** A machine-readable file of the export stage: label, site path, media type. */
    record DataFile(String label, String path, String format) {
    }

    static SiteConfig load() {
        return read("site.json", SiteConfig.class);
    }

    static <T> T read(String resource, Class<T> type) {
        return DataFiles.readJson(SiteConfig.class, resource, type);
    }
}
