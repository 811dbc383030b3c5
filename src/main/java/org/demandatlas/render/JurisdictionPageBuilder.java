package org.demandatlas.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.render.page.CitationView;
import org.demandatlas.render.page.CiteView;
import org.demandatlas.render.page.DocumentView;
import org.demandatlas.render.page.JurisdictionPage;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.ReleaseNote;
import org.demandatlas.render.page.SourceGroupView;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.Routes;

/** Builds {@code /ST/slug/index.html} for every jurisdiction. */
final class JurisdictionPageBuilder {
    static final String TYPE = "jurisdiction";
    private final BuildContext context;

    JurisdictionPageBuilder(BuildContext context) {
        this.context = context;
    }

    /** Every jurisdiction, showing it in its other formats; the first curated and not curated stand for the type. */
    List<Page> pages() {
        Set<Boolean> curated = new HashSet<>();
        return context.index().atlas().jurisdictions().stream().map(j -> {
            Page page = Page.of(Routes.jurisdiction(j.id()), () -> job(j)).showing(j);
            return curated.add(j.curated()) ? page.asExample(j.curated() ? "curated" : "not-curated") : page;
        }).toList();
    }

    PageJob job(Jurisdiction j) {
        String path = Routes.jurisdiction(j.id());
        String file = Routes.file(path);
        Href href = Href.forPage(file);
        ViewFactory views = context.views();
        JurisdictionPage page = new JurisdictionPage(j.name(), views.state(j.state(), href), Formats.type(j.type()),
                Formats.number(j.population()), j.curated(),
                j.tactics().stream().map(t -> views.tactic(t.id(), t.name(), href)).toList(),
                ViewFactory.blocks(j.narrative()),
                j.partners().stream().map(p -> views.partner(p, href)).toList(),
                sourceGroups(j, href), j.citationCount(), documents(j, href), cite(j), dataLinks(path, href),
                new EvidenceViews(views).of(j, context.index().atlas().evidenceOf(j.id()), href),
                EvidenceViews.marksLegend(),
                new TimelineViews(context).of(context.index().timelineOf(j), href, false),
                ComparePageBuilder.linkFor(context.index(), j, href).orElse(null), release(j, href));
        String title = j.name() + ", " + j.state().code();
        PageInfo info = PageInfo.of(file, title, description(j), "states", List.of(
                new PageInfo.Crumb(Routes.HOME, context.config().name()),
                new PageInfo.Crumb(Routes.state(j.state().code()), j.state().name())));
        info = info.withJsonLd("article", context.jsonLd().place(j, info.description()))
                .withDataDate(context.index().findDataDate(j));
        return context.job(info, "jurisdiction", page);
    }

    private String description(Jurisdiction j) {
        if (!j.curated()) {
            return j.name() + ", " + j.state().name() + ": no curated profile; known only from "
                    + Formats.plural(j.documents().size(), "document", "documents") + ".";
        }
        String tactics = j.tactics().stream().limit(4).map(t -> t.name()).collect(Collectors.joining(", "));
        return j.name() + ", " + j.state().name() + ": " + Formats.plural(j.tactics().size(), "tactic", "tactics")
                + " against the demand for commercial sex (" + tactics + (j.tactics().size() > 4 ? ", \u2026" : "")
                + "), " + Formats.plural(j.citationCount(), "cited source", "cited sources") + ".";
    }

    private List<SourceGroupView> sourceGroups(Jurisdiction j, Href href) {
        List<CitationRef> refs = context.index().citationsOf(j.id());
        List<SourceGroupView> groups = new ArrayList<>();
        int next = 0;
        for (SourceCategory category : j.sources()) {
            List<CitationView> citations = refs.subList(next, next + category.citations().size()).stream()
                    .map(r -> context.views().citation(r, href)).toList();
            next += category.citations().size();
            List<Link> tactics = category.tactics().stream()
                    .map(id -> context.views().tactic(id, id, href)).toList();
            groups.add(new SourceGroupView(category.category(), Anchors.sourceGroup(groups.size() + 1), tactics,
                    citations));
        }
        return groups;
    }

    private List<DocumentView> documents(Jurisdiction j, Href href) {
        return j.documents().stream().map(id -> context.index().findDocument(id))
                .flatMap(Optional::stream).map(d -> context.views().document(d, href)).toList();
    }

    private CiteView cite(Jurisdiction j) {
        String kind = j.curated() ? "Jurisdiction profile" : "Jurisdiction page (no curated profile)";
        return context.cite(j.id(), j.name() + ", " + j.state().name(), kind, Routes.jurisdiction(j.id()),
                context.index().findDataDate(j).orElse(null), context.releases().findCurrentId().orElse(null));
    }

    private ReleaseNote release(Jurisdiction j, Href href) {
        Releases releases = context.releases();
        List<Link> versions = releases.archivedOf(j.id()).stream().map(a -> new Link(
                href.to(Routes.asOf(j.id(), a.release().id())), "As of release " + a.release().id())).toList();
        Link changes = new Link(href.to(Routes.CHANGES), "All changes");
        return releases.findLatestChange(j.id())
                .map(l -> new ReleaseNote(l.release().release(), new ChangeViews(context.index()).lines(l.change()),
                        changes, versions))
                .orElse(new ReleaseNote(null, List.of(), changes, versions));
    }

    /** The page in its other formats (JSON); the site's data files are in every page's footer, not repeated here. */
    private static List<Link> dataLinks(String path, Href href) {
        List<Link> links = new ArrayList<>();
        for (OutputFormat format : PageTypes.find(TYPE).orElseThrow().otherOutputs()) {
            links.add(new Link(href.to(Routes.output(path, format)), "This profile (" + format.label() + ")"));
        }
        return links;
    }
}
