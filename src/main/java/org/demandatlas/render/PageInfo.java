package org.demandatlas.render;

import java.util.List;
import java.util.Optional;

/**
 * What a page builder says about a page for the layout: output file, title, meta description, navigation
 * section ({@code tactics}, or empty), breadcrumbs above the title, Open Graph type and JSON-LD (or null), and the
 * page's own "data as of" when it shows statements of its own ({@link #findDataDate()}: empty means the atlas's
 * date; {@link #UNDATED} a page whose statements state no date).
 */
record PageInfo(String file, String title, String description, String section, List<Crumb> crumbs, String ogType,
                String jsonLd, String dataDate) {
    static final String UNDATED = "";

    PageInfo {
        crumbs = List.copyOf(crumbs);
    }

    /** A breadcrumb: site path and text. */
    record Crumb(String sitePath, String text) {
    }

    static PageInfo of(String file, String title, String description, String section, List<Crumb> crumbs) {
        return new PageInfo(file, title, description, section, crumbs, "website", null, null);
    }

    PageInfo withJsonLd(String ogType, String json) {
        return new PageInfo(file, title, description, section, crumbs, ogType, json, dataDate);
    }

    /** The page's own date: the newest its statements state, or none (then the layout says nothing). */
    PageInfo withDataDate(Optional<String> date) {
        return new PageInfo(file, title, description, section, crumbs, ogType, jsonLd, date.orElse(UNDATED));
    }

    Optional<String> findDataDate() {
        return Optional.ofNullable(dataDate);
    }
}
