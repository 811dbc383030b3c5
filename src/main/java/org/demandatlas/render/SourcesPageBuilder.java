package org.demandatlas.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demandatlas.render.page.CitationView;
import org.demandatlas.render.page.NavLink;
import org.demandatlas.render.page.Pagination;
import org.demandatlas.render.page.SourcesPage;
import org.demandatlas.routes.Routes;

/**
 * Builds the sources list once per {@link SourceOrder}, in pages: {@code /sources/index.html} (by date, first
 * page), {@code /sources/page-2/index.html}, {@code /sources/by-publisher/index.html} and so on. Each order is
 * sorted once; pages are slices of it.
 */
final class SourcesPageBuilder {
    private final BuildContext context;
    private final int pageSize;

    SourcesPageBuilder(BuildContext context) {
        this.context = context;
        this.pageSize = context.config().sourcesPerPage();
    }

    /** Every page of every order; the first page of each order stands for the type. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (SourceOrder order : SourceOrder.values()) {
            List<CitationRef> sorted = order.sort(context.index().allCitations());
            int pageCount = Paginator.pageCount(sorted.size(), pageSize);
            for (int page = 1; page <= pageCount; page++) {
                int number = page;
                Page built = Page.of(Routes.page(order.sitePath(), page), () -> job(order, sorted, number));
                pages.add(page > 1 ? built : built.asExample(order == SourceOrder.DATE ? "" : "by-" + order.label()));
            }
        }
        return pages;
    }

    private PageJob job(SourceOrder order, List<CitationRef> sorted, int page) {
        String file = Routes.file(Routes.page(order.sitePath(), page));
        Href href = Href.forPage(file);
        List<NavLink> orders = Arrays.stream(SourceOrder.values())
                .map(o -> new NavLink(href.to(o.sitePath()), o.label(), o == order)).toList();
        List<CitationView> citations = sorted.subList((page - 1) * pageSize, Math.min(sorted.size(), page * pageSize))
                .stream().map(r -> context.views().citation(r, href)).toList();
        Pagination pagination = Paginator.pagination(page, pageSize, sorted.size(),
                p -> href.to(Routes.page(order.sitePath(), p)));
        String description = "Every source cited by the profiles (" + Formats.plural(sorted.size(), "citation",
                "citations") + "), sorted by " + order.label() + ".";
        String title = (order == SourceOrder.DATE ? "Sources" : "Sources by " + order.label())
                + (page > 1 ? ", page " + page : "");
        PageInfo info = PageInfo.of(file, title, description, "sources", crumbs(order, page));
        return context.job(info, "sources", new SourcesPage(order.label(), orders, citations, pagination));
    }

    private List<PageInfo.Crumb> crumbs(SourceOrder order, int page) {
        List<PageInfo.Crumb> crumbs = new ArrayList<>(List.of(new PageInfo.Crumb(Routes.HOME,
                context.config().name())));
        if (order != SourceOrder.DATE || page > 1) {
            crumbs.add(new PageInfo.Crumb(Routes.SOURCES, "Sources"));
        }
        return crumbs;
    }
}
