package org.demandatlas.render;

import java.util.List;
import java.util.Optional;
import org.demandatlas.routes.OutputFormat;

/**
 * The page registry: every kind of page the site has, in rendering order. A new page type is its builder, its view
 * record (in {@code render.page}) and its template, registered with one line here; the renderer, the sitemap and
 * the browser tests ({@code PageTypesIT}) take it from here.
 */
final class PageTypes {
    static final List<PageType> ALL = List.of(
            PageType.of("home", c -> new HomePageBuilder(c).pages()),
            PageType.of(JurisdictionPageBuilder.TYPE, c -> new JurisdictionPageBuilder(c).pages())
                    .withOutputs(OutputFormat.HTML, OutputFormat.JSON),
            PageType.of("as-of", c -> new AsOfPageBuilder(c).pages()).notInSitemap(),
            PageType.of("state", c -> new StatePageBuilder(c).pages()),
            PageType.of("tactics", c -> new TacticPageBuilder(c).indexPages()),
            PageType.of("tactic", c -> new TacticPageBuilder(c).pages()),
            PageType.of("partners", c -> new PartnerPageBuilder(c).indexPages()),
            PageType.of("partner", c -> new PartnerPageBuilder(c).pages()),
            PageType.of("sources", c -> new SourcesPageBuilder(c).pages()),
            PageType.of("document", c -> new DocumentPageBuilder(c).pages()),
            PageType.of("about", c -> new InfoPageBuilder(c).aboutPages()),
            PageType.of("explore", c -> new ExplorePageBuilder(c).pages()),
            PageType.of(ComparePageBuilder.TYPE, c -> new ComparePageBuilder(c).pages()),
            PageType.of(ComparePageBuilder.STATE_TYPE, c -> new ComparePageBuilder(c).statePages()),
            PageType.of("codebook", c -> new CodebookPageBuilder(c).pages()),
            PageType.of("changes", c -> new ChangesPageBuilder(c).pages()),
            PageType.of("search", c -> new InfoPageBuilder(c).searchPages()).notInSitemap(),
            PageType.of("not-found", c -> new InfoPageBuilder(c).notFoundPages()).notInSitemap().servedWith(404),
            PageType.of("quality", c -> new QualityPageBuilder(c).pages()),
            PageType.of("legacy-profile", c -> new RedirectPageBuilder(c).pages()).notInSitemap(),
            PageType.of("build-report", c -> new BuildReportPageBuilder(c).pages()).notInSitemap());

    private PageTypes() {
    }

    static Optional<PageType> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
