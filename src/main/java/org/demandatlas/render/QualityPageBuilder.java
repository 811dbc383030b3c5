package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.QualityPage;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;

/** Builds {@code /quality/index.html} from the atlas's quality findings (every kind is shown, empty or not). */
final class QualityPageBuilder {
    private final BuildContext context;

    QualityPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.QUALITY, this::job));
    }

    private PageJob job() {
        String file = Routes.file(Routes.QUALITY);
        Href href = Href.forPage(file);
        List<QualityItem> items = context.quality().items();
        List<QualityPage.Group> groups = new ArrayList<>();
        for (QualityKind kind : QualityKind.values()) {
            groups.add(new QualityPage.Group(kind.id(), kind.label(), context.quality().of(kind).stream()
                    .map(i -> row(i, context.views(), href)).toList()));
        }
        PageInfo info = PageInfo.of(file, "Data quality", "Findings for curators: tactics listed without support, "
                + "empty source headings, duplicates, populations, unknown tactics, undated citations.", "about",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name()), new PageInfo.Crumb(Routes.ABOUT,
                        "About")));
        return context.job(info, "quality", new QualityPage(items.size(), groups,
                href.to(DataFile.QUALITY_JSON.path())));
    }

    private static QualityPage.Row row(QualityItem item, ViewFactory views, Href href) {
        String text = item.jurisdiction() == null ? item.file() : item.jurisdiction();
        Link section = new Link(item.anchor() == null ? null : href.to(item.anchor()), text);
        return new QualityPage.Row(section, item.message(), views.seedLine(item.file(), item.line(), href));
    }
}
