package org.demandatlas.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;

/**
 * Renders the static website of an {@link Atlas} into an existing folder: one page per jurisdiction, state,
 * tactic, partner and document, the home, sources, about, search, build report and 404 pages, static assets, robots.txt and
 * (with a base URL) sitemap.xml. Links are relative, so the site works from disk and under any sub-path. Pages
 * may be rendered in parallel; the output is the same byte for byte whatever the thread count or locale.
 */
public final class SiteRenderer {
    private final RenderOptions options;
    private final TemplateRenderer templates = new TemplateRenderer();
    private final TileMap tileMap = new TileMap();

    public SiteRenderer(RenderOptions options) {
        this.options = options;
    }

    /** Renders the site without a build report. */
    public void render(Atlas atlas, Path outDir) {
        render(atlas, null, outDir);
    }

    /**
     * Renders the site and {@code build-report.html} for the build {@code summary} describes (none when null); the
     * page links to {@code build-report.json}, which the caller writes.
     */
    public void render(Atlas atlas, BuildSummary summary, Path outDir) {
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("output folder does not exist: " + outDir);
        }
        BuildContext context = BuildContext.of(atlas, options, summary != null);
        SiteWriter writer = new SiteWriter(outDir);
        Set<String> pageFiles = new ConcurrentSkipListSet<>();
        Stream<Supplier<PageJob>> jobs = options.parallel() ? pages(context).parallelStream() : pages(context).stream();
        jobs.forEach(job -> pageFiles.add(write(writer, job.get())));
        if (summary != null) {
            write(writer, new BuildReportPageBuilder(context).page(summary));
        }
        StaticAssets.copy(writer);
        new SitemapWriter(options).write(writer, sitemapPages(pageFiles));
    }

    /**
     * The HTML report of a build that stopped on errors, for the file {@code file} beside the site folder
     * {@code siteFolder} that was kept: in the site's layout, its links pointing into that folder, its JSON link to
     * {@code jsonFile} beside it. Nothing of the failed seeds but the summary is shown.
     */
    public String renderFailedBuildReport(BuildSummary summary, String siteFolder, String jsonFile, String file) {
        Atlas none = new Atlas(List.of(), List.of(), List.of(), List.of(), List.of(), null);
        BuildContext context = BuildContext.of(none, options, true);
        return templates.render(new BuildReportPageBuilder(context).failedPage(summary, siteFolder, jsonFile, file));
    }

    private List<Supplier<PageJob>> pages(BuildContext context) {
        return Stream.of(new HomePageBuilder(context, tileMap), new JurisdictionPageBuilder(context),
                        new StatePageBuilder(context), new TacticPageBuilder(context), new PartnerPageBuilder(context),
                        new SourcesPageBuilder(context), new DocumentPageBuilder(context), new InfoPageBuilder(context),
                        new QualityPageBuilder(context), new RedirectPageBuilder(context))
                .flatMap(source -> source.pages().stream()).toList();
    }

    private String write(SiteWriter writer, PageJob job) {
        writer.writeText(job.file(), templates.render(job));
        return job.file();
    }

    private static List<String> sitemapPages(Set<String> pageFiles) {
        return pageFiles.stream().filter(f -> f.endsWith("index.html") && !f.startsWith("search/")
                && !f.startsWith(RedirectPageBuilder.PREFIX)).toList();
    }
}
