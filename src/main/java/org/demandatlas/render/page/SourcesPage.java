package org.demandatlas.render.page;

import java.util.List;

/** {@code /sources/…}: one page of every citation in one pre-rendered order, with links to the other orders. */
public record SourcesPage(String order, List<NavLink> orders, List<CitationView> citations, Pagination pagination) {
    public SourcesPage {
        orders = List.copyOf(orders);
        citations = List.copyOf(citations);
    }
}
