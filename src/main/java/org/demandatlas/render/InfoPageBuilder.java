package org.demandatlas.render;

import java.util.Arrays;
import java.util.List;
import org.demandatlas.model.BaseUrl;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.render.page.AboutPage;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.NotFoundPage;
import org.demandatlas.render.page.SearchPage;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/** Builds the pages with little data: about/method, search and 404. */
final class InfoPageBuilder {
    private final BuildContext context;

    InfoPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> aboutPages() {
        return List.of(Page.of(Routes.ABOUT, this::about));
    }

    List<Page> searchPages() {
        return List.of(Page.of(Routes.SEARCH, this::search));
    }

    List<Page> notFoundPages() {
        return List.of(Page.of(Routes.NOT_FOUND, this::notFound));
    }

    private PageJob about() {
        String file = Routes.file(Routes.ABOUT);
        Href href = Href.forPage(file);
        List<AboutPage.KindView> kinds = Arrays.stream(DocumentKind.values())
                .map(k -> new AboutPage.KindView(k.id(), k.label(), k.curated())).toList();
        List<Link> tactics = context.index().atlas().tactics().stream()
                .map(t -> new Link(href.to(Routes.tactic(t.tactic().id())), t.tactic().name())).toList();
        PageInfo info = PageInfo.of(file, "About the data and method", "What the Demand Atlas data is, how the "
                + "source documents are read, and what a curated profile is.", "about",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info, "about", new AboutPage(kinds, tactics, HomePageBuilder.totals(context.index()),
                context.findSummary().isPresent() ? href.to(Routes.BUILD_REPORT) : null, href.to(Routes.QUALITY)));
    }

    private PageJob search() {
        String file = Routes.file(Routes.SEARCH);
        Href href = Href.forPage(file);
        SearchPage page = new SearchPage(List.of(href.to(Routes.SEARCH_PASSAGES_SCRIPT),
                href.to(Routes.SEARCH_FACETS_SCRIPT),
                href.to(Routes.SEARCH_ENGINE_SCRIPT),
                href.to(Routes.SEARCH_PAGE_SCRIPT)), List.of(
                new Link(href.to(Routes.anchored(Routes.HOME, Anchors.STATES)), "by state"),
                new Link(href.to(Routes.TACTICS), "by tactic"), new Link(href.to(Routes.SOURCES),
                        "through all sources")));
        PageInfo info = PageInfo.of(file, "Search", "Search the jurisdictions, profiles and sources of the "
                + context.config().name() + ".", "search", List.of(new PageInfo.Crumb(Routes.HOME,
                        context.config().name())));
        return context.job(info, "search", page);
    }

    /**
     * Served for missing paths at any depth, so links are root-relative: {@code /…}, or the base URL's path
     * ({@code /atlas/…}) so that they stay same-origin (the CSP allows nothing else) under a sub-path.
     */
    private PageJob notFound() {
        Href href = Href.absolute(context.options().findBaseUrl().map(BaseUrl::path).orElse(Routes.HOME));
        PageInfo info = PageInfo.of(Routes.file(Routes.NOT_FOUND), "Page not found",
                "There is no page at this address.", "",
                List.of());
        return new PageJob(info.file(), "404", context.metas().create(info, href, null),
                new NotFoundPage(href.to(Routes.HOME), href.to(Routes.SEARCH)));
    }
}
