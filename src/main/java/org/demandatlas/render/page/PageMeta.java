package org.demandatlas.render.page;

import java.util.List;

/**
 * What the layout shows around any page: title, meta description, canonical URL (null without base URL), Open
 * Graph type, JSON-LD (already escaped for a script element, or null), breadcrumbs, layout links and data date.
 */
public record PageMeta(String title, String description, String canonical, String ogType, String jsonLd,
                       List<Link> breadcrumbs, LayoutLinks links, String dataDate) {
    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
