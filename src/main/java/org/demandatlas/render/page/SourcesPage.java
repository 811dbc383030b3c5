package org.demandatlas.render.page;

import java.util.List;

/** {@code /sources/…}: one page of every citation by date; {@code csvHref} links the CSV for other orders. */
public record SourcesPage(List<CitationView> citations, String csvHref, Pagination pagination) {
    public SourcesPage {
        citations = List.copyOf(citations);
    }
}
