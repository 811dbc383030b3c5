package org.demandatlas.render.page;

import java.util.List;

/**
 * What the layout shows around any page: title, meta description, canonical URL (null without base URL), Open
 * Graph type, JSON-LD (already escaped for a script element, or null), breadcrumbs, layout links and data date.
 * {@code searchPage} is true on the search page, which has its own search field instead of the header's.
 */
public record PageMeta(String title, String description, String canonical, String ogType, String jsonLd,
                       List<Link> breadcrumbs, LayoutLinks links, String dataDate, boolean searchPage) {
    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
