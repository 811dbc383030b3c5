package org.demandatlas.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demandatlas.render.page.CitationView;
import org.demandatlas.render.page.Pagination;
import org.demandatlas.render.page.SourcesPage;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;

/**
 * Builds the sources list by date, in pages: {@code /sources/index.html}, {@code /sources/page-2/index.html} and so
 * on. It is the one pre-rendered order: orders by publisher or title repeated every citation twice more (two thirds
 * of the sources' bytes at scale), and there is no order by jurisdiction, as each profile lists its own sources.
 * Other orders are one sort away in {@code citations.csv}, which the page links.
 */
final class SourcesPageBuilder {
    /** By date (undated last), then jurisdiction id, then number on the profile. */
    private static final Comparator<CitationRef> BY_DATE = Comparator
            .comparing((CitationRef r) -> r.citation().date() == null ? "\uFFFF" : r.citation().date())
            .thenComparing(r -> r.jurisdiction().id()).thenComparingInt(CitationRef::number);
    private final BuildContext context;
    private final int pageSize;

    SourcesPageBuilder(BuildContext context) {
        this.context = context;
        this.pageSize = context.config().sourcesPerPage();
    }

    /** Every page; the first stands for the type. */
    List<Page> pages() {
        List<CitationRef> sorted = context.index().allCitations().stream().sorted(BY_DATE).toList();
        List<Page> pages = new ArrayList<>();
        int pageCount = Paginator.pageCount(sorted.size(), pageSize);
        for (int page = 1; page <= pageCount; page++) {
            int number = page;
            Page built = Page.of(Routes.page(Routes.SOURCES, page), () -> job(sorted, number));
            pages.add(page > 1 ? built : built.asExample(""));
        }
        return pages;
    }

    private PageJob job(List<CitationRef> sorted, int page) {
        String file = Routes.file(Routes.page(Routes.SOURCES, page));
        Href href = Href.forPage(file);
        List<CitationView> citations = sorted.subList((page - 1) * pageSize, Math.min(sorted.size(), page * pageSize))
                .stream().map(r -> context.views().citation(r, href)).toList();
        Pagination pagination = Paginator.pagination(page, pageSize, sorted.size(),
                p -> href.to(Routes.page(Routes.SOURCES, p)));
        String description = "Every source cited by the profiles (" + Formats.plural(sorted.size(), "citation",
                "citations") + "), sorted by date.";
        String title = "Sources" + (page > 1 ? ", page " + page : "");
        List<PageInfo.Crumb> crumbs = new ArrayList<>(List.of(new PageInfo.Crumb(Routes.HOME,
                context.config().name())));
        if (page > 1) {
            crumbs.add(new PageInfo.Crumb(Routes.SOURCES, "Sources"));
        }
        PageInfo info = PageInfo.of(file, title, description, "sources", crumbs);
        return context.job(info, "sources", new SourcesPage(citations, href.to(DataFile.CITATIONS_CSV.path()),
                pagination));
    }
}
