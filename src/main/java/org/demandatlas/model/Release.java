package org.demandatlas.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One data release: its id, derived from the data and never the clock ({@code 2024-05-01-1a2b3c4d}: the data date
 * and the first 8 hex digits of the SHA-256 of {@code all.json}), the data date (null when undated), counts and the
 * SHA-256 of every data file by site path (sorted).
 */
public record Release(String id, String dataDate, int jurisdictions, int curated, int citations,
                      Map<String, String> files) {
    public Release {
        Slugs.requireSlug(Objects.requireNonNull(id, "id"));
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The id of a release of data dated {@code dataDate} (null: undated) whose {@code all.json} hashes so. */
    public static String idOf(String dataDate, String allJsonSha256) {
        return (dataDate == null ? "undated" : dataDate) + "-" + allJsonSha256.substring(0, 8);
    }
}
