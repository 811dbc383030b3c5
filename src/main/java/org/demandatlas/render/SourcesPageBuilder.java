package org.demandatlas.render;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.demandatlas.render.page.CitationView;
import org.demandatlas.render.page.NavLink;
import org.demandatlas.render.page.SourcesPage;

/** Builds the sources list once per {@link SourceOrder}: {@code /sources/index.html} (by date) and the others. */
final class SourcesPageBuilder implements PageSource {
    private final BuildContext context;

    SourcesPageBuilder(BuildContext context) {
        this.context = context;
    }

    @Override
    public List<Supplier<PageJob>> pages() {
        return Arrays.stream(SourceOrder.values()).<Supplier<PageJob>>map(o -> () -> job(o)).toList();
    }

    private PageJob job(SourceOrder order) {
        String file = SitePaths.pageFile(order.sitePath());
        Href href = Href.forPage(file);
        List<NavLink> orders = Arrays.stream(SourceOrder.values())
                .map(o -> new NavLink(href.to(o.sitePath()), o.label(), o == order)).toList();
        List<CitationView> citations = context.index().allCitations().stream().sorted(order.order())
                .map(r -> context.views().citation(r, href)).toList();
        String description = "Every source cited by the profiles (" + Formats.plural(citations.size(), "citation",
                "citations") + "), sorted by " + order.label() + ".";
        List<PageInfo.Crumb> crumbs = order == SourceOrder.DATE
                ? List.of(new PageInfo.Crumb("/", context.config().name()))
                : List.of(new PageInfo.Crumb("/", context.config().name()), new PageInfo.Crumb("/sources/", "Sources"));
        String title = order == SourceOrder.DATE ? "Sources" : "Sources by " + order.label();
        PageInfo info = PageInfo.of(file, title, description, "sources", crumbs);
        return context.job(info, "sources", new SourcesPage(order.label(), orders, citations));
    }
}
