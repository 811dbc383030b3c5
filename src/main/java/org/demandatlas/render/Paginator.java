package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.demandatlas.render.page.NavLink;
import org.demandatlas.render.page.Pagination;

/** Splits long lists into pages and builds the page navigation: first, last, and two pages either side. */
final class Paginator {
    private static final int WINDOW = 2;

    private Paginator() {
    }

    static int pageCount(int total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** @param href the link to a page number, from the page being rendered */
    static Pagination pagination(int page, int pageSize, int total, IntFunction<String> href) {
        int pageCount = pageCount(total, pageSize);
        int from = (page - 1) * pageSize + 1;
        int to = Math.min(total, page * pageSize);
        String summary = total == 0 ? "Nothing to show"
                : String.format(Locale.ROOT, "Showing %,d\u2013%,d of %,d", from, to, total);
        return new Pagination(page, pageCount, from, summary, page > 1 ? href.apply(page - 1) : null,
                page < pageCount ? href.apply(page + 1) : null, links(page, pageCount, href));
    }

    private static List<NavLink> links(int page, int pageCount, IntFunction<String> href) {
        List<NavLink> links = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= pageCount; p++) {
            boolean shown = p == 1 || p == pageCount || Math.abs(p - page) <= WINDOW;
            if (!shown) {
                continue;
            }
            if (p > last + 1) {
                links.add(new NavLink(null, "\u2026", false));
            }
            links.add(new NavLink(href.apply(p), String.format(Locale.ROOT, "%,d", p), p == page));
            last = p;
        }
        return links;
    }
}
