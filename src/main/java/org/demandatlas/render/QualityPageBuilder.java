package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.QualityPage;

/** Builds {@code /quality/index.html} from the atlas's quality findings (every kind is shown, empty or not). */
final class QualityPageBuilder implements PageSource {
    static final String PATH = "/quality/";
    private final BuildContext context;

    QualityPageBuilder(BuildContext context) {
        this.context = context;
    }

    @Override
    public List<Supplier<PageJob>> pages() {
        return List.of(this::job);
    }

    private PageJob job() {
        String file = SitePaths.pageFile(PATH);
        Href href = Href.forPage(file);
        List<QualityItem> items = context.index().atlas().quality();
        List<QualityPage.Group> groups = new ArrayList<>();
        for (QualityKind kind : QualityKind.values()) {
            groups.add(new QualityPage.Group(kind.id(), kind.label(), items.stream().filter(i -> i.kind() == kind)
                    .map(i -> row(i, href)).toList()));
        }
        PageInfo info = PageInfo.of(file, "Data quality", "Findings for curators: tactics listed without support, "
                + "empty source headings, duplicates, populations, unknown tactics, undated citations.", "about",
                List.of(new PageInfo.Crumb("/", context.config().name()), new PageInfo.Crumb("/about/", "About")));
        return context.job(info, "quality", new QualityPage(items.size(), groups, href.to("/data/quality.json")));
    }

    private static QualityPage.Row row(QualityItem item, Href href) {
        String text = item.jurisdiction() == null ? item.file() : item.jurisdiction();
        Link section = item.anchor() == null ? new Link(null, text) : new Link(link(item.anchor(), href), text);
        String source = item.line() == 0 ? item.file() : item.file() + ":" + item.line();
        return new QualityPage.Row(section, item.message(), source);
    }

    private static String link(String anchor, Href href) {
        int hash = anchor.indexOf('#');
        return hash < 0 ? href.to(anchor) : href.to(anchor.substring(0, hash)) + anchor.substring(hash);
    }
}
