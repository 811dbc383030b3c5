package org.demandatlas.render;

import java.util.List;

/**
 * What a page builder says about a page for the layout: output file, title, meta description, navigation
 * section ({@code tactics}, or empty), breadcrumbs above the title, Open Graph type and JSON-LD (or null).
 */
record PageInfo(String file, String title, String description, String section, List<Crumb> crumbs, String ogType,
                String jsonLd) {
    PageInfo {
        crumbs = List.copyOf(crumbs);
    }

    /** A breadcrumb: site path and text. */
    record Crumb(String sitePath, String text) {
    }

    static PageInfo of(String file, String title, String description, String section, List<Crumb> crumbs) {
        return new PageInfo(file, title, description, section, crumbs, "website", null);
    }

    PageInfo withJsonLd(String ogType, String json) {
        return new PageInfo(file, title, description, section, crumbs, ogType, json);
    }
}
