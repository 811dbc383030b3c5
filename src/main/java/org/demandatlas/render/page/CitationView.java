package org.demandatlas.render.page;

/**
 * A numbered citation: its anchor on the profile ({@code source-3}), title, publisher, date as shown and as ISO
 * (null when undated), the source category, and a link to the citation on its profile.
 */
public record CitationView(int number, String anchor, String title, String publisher, String dateText,
                           String isoDate, String category, Link jurisdiction, String profileHref) {
}
