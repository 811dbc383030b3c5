package org.demandatlas.render.page;

import java.util.List;

/**
 * What the layout shows around any page: title, meta description, canonical URL (null without base URL), Open
 * Graph type, JSON-LD (already escaped for a script element, or null), breadcrumbs, layout links and data date.
 * {@code searchPage} is true on the search page, which has its own search field instead of the header's;
 * {@code citation}: the page's citation meta tags; {@code licence}: the data's licence (its text's URL and name).
 */
public record PageMeta(String title, String description, String canonical, String ogType, String jsonLd,
                       List<Link> breadcrumbs, LayoutLinks links, String dataDate, boolean searchPage,
                       List<Tag> citation, Link licence) {
    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
        citation = List.copyOf(citation);
    }

    /** A {@code <meta name content>} tag: the Highwire Press {@code citation_*} tags Zotero and Scholar read. */
    public record Tag(String name, String content) {
    }
}
