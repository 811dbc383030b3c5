package org.demandatlas.render;

import java.util.Optional;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.QualityReport;

/**
 * Everything page builders share: the indexed atlas, the quality report, view and layout factories, JSON-LD and
 * citation formats.
 */
record BuildContext(SiteIndex index, QualityReport quality, ViewFactory views, PageMetaFactory metas, JsonLd jsonLd,
                    CitationFormats citations, RenderOptions options, SiteConfig config, BuildSummary summary) {

    static BuildContext of(Atlas atlas, QualityReport quality, RenderOptions options) {
        return of(atlas, quality, options, null);
    }

    /** With a build {@code summary}, the site has a {@code build-report.html} (and the about page links to it). */
    static BuildContext of(Atlas atlas, QualityReport quality, RenderOptions options, BuildSummary summary) {
        SiteConfig config = SiteConfig.load();
        SiteIndex index = new SiteIndex(atlas);
        return new BuildContext(index, quality, new ViewFactory(index),
                new PageMetaFactory(config, options, atlas.dataDate()), new JsonLd(config, options),
                new CitationFormats(config.name()), options, config, summary);
    }

    /** The build this site comes from, when it has a build report. */
    Optional<BuildSummary> findSummary() {
        return Optional.ofNullable(summary);
    }

    /** The permalink of a site path: absolute with a base URL, else the site path itself. */
    String permalink(String sitePath) {
        return options.findAbsoluteUrl(sitePath).orElse(sitePath);
    }

    PageJob job(PageInfo info, String template, Object page) {
        return new PageJob(info.file(), template, metas.create(info), page);
    }
}
