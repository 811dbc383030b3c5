package org.demandatlas.render.page;

import java.util.List;

/**
 * Where a page sits in a paged list: page number and count, the number of its first item (1-based), a summary
 * such as {@code Showing 501–1,000 of 16,000}, links to the previous and next page (null at the ends) and to
 * nearby pages (a link with a null href is a gap, shown as an ellipsis).
 */
public record Pagination(int page, int pageCount, int from, String summary, String previous, String next,
                         List<NavLink> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }

    public boolean paged() {
        return pageCount > 1;
    }
}
