package org.demandatlas.render;

import java.util.Optional;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.QualityReport;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.routes.Routes;

/**
 * Everything page builders share: the indexed atlas, the quality report, view and layout factories, JSON-LD and
 * citation formats.
 */
record BuildContext(SiteIndex index, QualityReport quality, ViewFactory views, PageMetaFactory metas, JsonLd jsonLd,
                    CitationFormats citations, RenderOptions options, SiteConfig config, BuildSummary summary,
                    Releases releases) {

    static BuildContext of(Atlas atlas, QualityReport quality, RenderOptions options) {
        return of(atlas, quality, options, null, null);
    }

    static BuildContext of(Atlas atlas, QualityReport quality, RenderOptions options, BuildSummary summary) {
        return of(atlas, quality, options, summary, null);
    }

    /**
     * With a build {@code summary}, the site has a {@code build-report.html} (and the about page links to it); with
     * a release {@code history} (or null), archived pages and the changes of each release.
     */
    static BuildContext of(Atlas atlas, QualityReport quality, RenderOptions options, BuildSummary summary,
                           ReleaseHistory history) {
        SiteConfig config = SiteConfig.load();
        SiteIndex index = new SiteIndex(atlas);
        Releases releases = new Releases(history);
        return new BuildContext(index, quality, new ViewFactory(index),
                new PageMetaFactory(config, options, atlas.dataDate()), new JsonLd(config, options),
                new CitationFormats(config.name()), options, config, summary, releases);
    }

    /** The build this site comes from, when it has a build report. */
    Optional<BuildSummary> findSummary() {
        return Optional.ofNullable(summary);
    }

    /** The permalink of a site path: absolute with a base URL, else the site path itself. */
    String permalink(String sitePath) {
        return options.findAbsoluteUrl(sitePath).orElse(sitePath);
    }

    /** "Cite this page" for the page at {@code sitePath}, as of data date {@code dataDate} and release (or null). */
    org.demandatlas.render.page.CiteView cite(String id, String title, String kind, String sitePath, String dataDate,
                                              String release) {
        Href page = Href.forPage(Routes.file(sitePath));
        return citations.cite(new CitationFormats.Cited(id, title, kind, permalink(sitePath), dataDate, release,
                options.findBaseUrl().isPresent()), page.to(sitePath), page.to(Routes.COPY_SCRIPT));
    }

    PageJob job(PageInfo info, String template, Object page) {
        return new PageJob(info.file(), template, metas.create(info), page);
    }
}
