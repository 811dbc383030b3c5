package org.demandatlas.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.Pagination;
import org.demandatlas.render.page.QualityPage;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;

/**
 * Builds the quality report, {@code /quality/index.html}, {@code /quality/page-2/index.html} and so on: the findings
 * in kind order, {@code qualityPerPage} a page. Every page lists every kind with its count, linked to the page where
 * its findings start; the first page also shows the kinds that have none.
 */
final class QualityPageBuilder {
    private final BuildContext context;
    private final int pageSize;

    QualityPageBuilder(BuildContext context) {
        this.context = context;
        this.pageSize = context.config().qualityPerPage();
    }

    List<Page> pages() {
        List<QualityItem> items = new ArrayList<>();
        for (QualityKind kind : QualityKind.values()) {
            items.addAll(context.quality().of(kind));
        }
        List<Page> pages = new ArrayList<>();
        for (int page = 1; page <= Paginator.pageCount(items.size(), pageSize); page++) {
            int number = page;
            Page built = Page.of(Routes.page(Routes.QUALITY, page), () -> job(items, number));
            pages.add(page > 1 ? built : built.asExample(""));
        }
        return pages;
    }

    private PageJob job(List<QualityItem> items, int page) {
        String file = Routes.file(Routes.page(Routes.QUALITY, page));
        Href href = Href.forPage(file);
        Map<QualityKind, List<QualityPage.Row>> shown = new LinkedHashMap<>();
        if (page == 1) {
            for (QualityKind kind : QualityKind.values()) {
                shown.put(kind, new ArrayList<>());
            }
        }
        for (QualityItem item : items.subList((page - 1) * pageSize, Math.min(items.size(), page * pageSize))) {
            shown.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(row(item, context.views(), href));
        }
        List<QualityPage.Group> groups = shown.entrySet().stream().map(e -> new QualityPage.Group(e.getKey().id(),
                e.getKey().label(), e.getValue())).toList();
        Pagination pagination = Paginator.pagination(page, pageSize, items.size(),
                p -> href.to(Routes.page(Routes.QUALITY, p)));
        PageInfo info = PageInfo.of(file, "Data quality" + (page > 1 ? ", page " + page : ""), "Findings for "
                + "curators: tactics listed without support, empty source headings, duplicates, populations, unknown "
                + "tactics, undated citations.", "about", List.of(new PageInfo.Crumb(Routes.HOME,
                context.config().name()), new PageInfo.Crumb(Routes.ABOUT, "About")));
        return context.job(info, "quality", new QualityPage(items.size(), kinds(href), groups,
                href.to(DataFile.QUALITY_JSON.path()), pagination));
    }

    /** Every kind with its count, linked to its section on the page where its findings start. */
    private List<Link> kinds(Href href) {
        List<Link> kinds = new ArrayList<>();
        int first = 0;
        for (QualityKind kind : QualityKind.values()) {
            int count = context.quality().of(kind).size();
            int page = count == 0 ? 1 : first / pageSize + 1;
            kinds.add(new Link(href.to(Routes.anchored(Routes.page(Routes.QUALITY, page), kind.id())),
                    kind.label() + " (" + count + ")"));
            first += count;
        }
        return kinds;
    }

    private static QualityPage.Row row(QualityItem item, ViewFactory views, Href href) {
        String text = item.jurisdiction() == null ? item.file() : item.jurisdiction();
        Link section = new Link(item.anchor() == null ? null : href.to(item.anchor()), text);
        return new QualityPage.Row(section, item.message(), views.seedLine(item.file(), item.line(), href));
    }
}
