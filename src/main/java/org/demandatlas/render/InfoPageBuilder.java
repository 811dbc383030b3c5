package org.demandatlas.render;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.demandatlas.model.BaseUrl;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.render.page.AboutPage;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.NotFoundPage;
import org.demandatlas.render.page.SearchPage;

/** Builds the pages with little data: about/method, search and 404. */
final class InfoPageBuilder implements PageSource {
    private final BuildContext context;

    InfoPageBuilder(BuildContext context) {
        this.context = context;
    }

    @Override
    public List<Supplier<PageJob>> pages() {
        return List.of(this::about, this::search, this::notFound);
    }

    private PageJob about() {
        String file = SitePaths.pageFile("/about/");
        Href href = Href.forPage(file);
        List<AboutPage.KindView> kinds = Arrays.stream(DocumentKind.values())
                .map(k -> new AboutPage.KindView(k.id(), k.label(), k.curated())).toList();
        List<Link> tactics = context.index().atlas().tactics().stream()
                .map(t -> new Link(href.to(t.url()), t.tactic().name())).toList();
        PageInfo info = PageInfo.of(file, "About the data and method", "What the Demand Atlas data is, how the "
                + "source documents are read, and what a curated profile is.", "about",
                List.of(new PageInfo.Crumb("/", context.config().name())));
        return context.job(info, "about", new AboutPage(kinds, tactics, HomePageBuilder.totals(context.index()),
                context.buildReport() ? href.to("/" + BuildReportPageBuilder.FILE) : null,
                href.to(QualityPageBuilder.PATH)));
    }

    private PageJob search() {
        String file = SitePaths.pageFile("/search/");
        Href href = Href.forPage(file);
        SearchPage page = new SearchPage(href.to("/assets/search.js"), List.of(new Link(href.to("/#states"), "by state"), new Link(href.to("/tactics/"), "by tactic"),
                        new Link(href.to("/sources/"), "through all sources")));
        PageInfo info = PageInfo.of(file, "Search", "Search the jurisdictions, profiles and sources of the "
                + context.config().name() + ".", "search", List.of(new PageInfo.Crumb("/", context.config().name())));
        return context.job(info, "search", page);
    }

    /**
     * Served for missing paths at any depth, so links are root-relative: {@code /…}, or the base URL's path
     * ({@code /atlas/…}) so that they stay same-origin (the CSP allows nothing else) under a sub-path.
     */
    private PageJob notFound() {
        Href href = Href.absolute(context.options().findBaseUrl().map(BaseUrl::path).orElse("/"));
        PageInfo info = PageInfo.of("404.html", "Page not found", "There is no page at this address.", "",
                List.of());
        return new PageJob(info.file(), "404", context.metas().create(info, href, null),
                new NotFoundPage(href.to("/"), href.to("/search/")));
    }
}
