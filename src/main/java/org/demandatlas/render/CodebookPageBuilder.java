package org.demandatlas.render;

import java.util.List;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /about/codebook/}: every column of every data file (from {@code codebook.json} beside this class),
 * the evidence levels, the taxonomy with its definitions, synonyms and the tactic pages that list its sources,
 * the licence and the release the codebook belongs to.
 */
final class CodebookPageBuilder {
    /** {@code codebook.json}: the data files and their columns, in file order. */
    record Codebook(List<FileEntry> files) {
        Codebook {
            files = List.copyOf(files);
        }
    }

    /** One data file: its site path (a route of the site), a title and its columns in file order. */
    record FileEntry(String path, String title, List<Column> columns) {
        FileEntry {
            if (RouteMatcher.routeOf(path).isEmpty()) {
                throw new IllegalArgumentException("codebook file " + path + " is not a route of the site");
            }
            columns = List.copyOf(columns);
        }
    }

    /** A column (or JSON key) and what it holds. */
    record Column(String name, String meaning) {
    }

    /** What {@code codebook.html} shows. */
    public record CodebookPage(List<FileView> files, List<Column> levels, List<TacticView> tactics,
                               SiteConfig.Licence licence, String release, Link schema, Link changes) {
    }

    /** A file with its download link and anchor. */
    public record FileView(String anchor, Link file, List<Column> columns) {
    }

    /** A tactic of the taxonomy: its page (which lists the sources citing it), definition and synonyms. */
    public record TacticView(Link tactic, String definition, String synonyms, int jurisdictions) {
    }

    private final BuildContext context;

    CodebookPageBuilder(BuildContext context) {
        this.context = context;
    }

    static Codebook load() {
        return SiteConfig.read("codebook.json", Codebook.class);
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.CODEBOOK, this::job));
    }

    private PageJob job() {
        String file = Routes.file(Routes.CODEBOOK);
        Href href = Href.forPage(file);
        List<FileView> files = load().files().stream().map(f -> new FileView(anchor(f.path()),
                new Link(href.to(f.path()), f.title()), f.columns())).toList();
        List<Column> levels = List.of(EvidenceLevel.values()).stream().map(l -> new Column(l.id(), l.label()))
                .toList();
        List<TacticView> tactics = context.index().atlas().tactics().stream().map(t -> new TacticView(
                new Link(href.to(Routes.tactic(t.tactic().id())), t.tactic().name()), t.tactic().definition(),
                String.join(", ", t.tactic().synonyms()), t.jurisdictions().size())).toList();
        CodebookPage page = new CodebookPage(files, levels, tactics, context.config().dataLicence(),
                context.releases().findCurrentId().orElse(null),
                new Link(href.to(DataFile.SCHEMA_JSON.path()), DataFile.SCHEMA_JSON.label()),
                new Link(href.to(Routes.CHANGES), "What changed"));
        PageInfo info = PageInfo.of(file, "Codebook", "Every field of the " + context.config().name()
                + " data files, the evidence levels and the taxonomy of tactics.", "about", List.of(
                new PageInfo.Crumb(Routes.HOME, context.config().name()),
                new PageInfo.Crumb(Routes.ABOUT, "About")));
        info = info.withJsonLd("website", context.jsonLd().dataset(info.description(),
                context.index().atlas().dataDate(), page.release()));
        return context.job(info, "codebook", page);
    }

    /** {@code /data/jurisdictions.csv} → {@code jurisdictions-csv}. */
    static String anchor(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replace('.', '-');
    }
}
