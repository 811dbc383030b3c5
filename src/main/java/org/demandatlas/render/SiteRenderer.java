package org.demandatlas.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.QualityReport;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.Routes;

/**
 * Renders the static website of an {@link Atlas} into an existing folder: every page of every type of the
 * {@link PageTypes} registry in each of its output formats (HTML from its template; other formats from the
 * writers given here, such as the export stage's JSON), static assets, robots.txt and (with a base URL)
 * sitemap.xml of the page types that belong in it. Links are relative, so the site works from disk and under any
 * sub-path. Pages may be rendered in parallel; the output is the same byte for byte whatever the thread count or
 * locale.
 */
public final class SiteRenderer {
    private final RenderOptions options;
    private final Map<OutputFormat, Function<Object, byte[]>> writers;
    private final TemplateRenderer templates = new TemplateRenderer();

    /**
     * @param writers for each output format but HTML that a page type declares, how to write what a page shows
     *                (the jurisdiction of a jurisdiction page) in that format
     */
    public SiteRenderer(RenderOptions options, Map<OutputFormat, Function<Object, byte[]>> writers) {
        this.options = options.orBaseUrl(SiteConfig.load().baseUrl());
        this.writers = Map.copyOf(writers);
    }

    /** A renderer of single pages (the failed-build report), which cannot render a site's other formats. */
    public SiteRenderer(RenderOptions options) {
        this(options, Map.of());
    }

    /** One page that stands for its type, named {@code type} or {@code type-example}, with its HTTP status. */
    public record Example(String type, String name, String path, int status) {
    }

    /** Renders the site without a build report. */
    public void render(Atlas atlas, QualityReport quality, Path outDir) throws IOException {
        render(atlas, quality, null, outDir);
    }

    /**
     * Renders the site and {@code build-report.html} for the build {@code summary} describes (none when null); the
     * page links to {@code build-report.json}, which the caller writes.
     */
    public void render(Atlas atlas, QualityReport quality, BuildSummary summary, Path outDir) throws IOException {
        render(atlas, quality, summary, null, outDir);
    }

    /**
     * Renders the site with its release {@code history} (null: none, so no archived pages and no changes listed):
     * the changes page, archived profiles and each profile's latest change come from it.
     */
    public void render(Atlas atlas, QualityReport quality, BuildSummary summary, ReleaseHistory history, Path outDir)
            throws IOException {
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("output folder does not exist: " + outDir);
        }
        requireWriters();
        BuildContext context = BuildContext.of(atlas, quality, options, summary, history);
        OutputFolder writer = new OutputFolder(outDir);
        List<Typed> pages = pages(context);
        OutputFolder.eachInParallel(options.parallel() ? pages.parallelStream() : pages.stream(),
                page -> write(writer, page));
        StaticAssets.copy(writer);
        new SitemapWriter(options).write(writer, pages.stream().filter(p -> p.type().inSitemap())
                .map(p -> Routes.file(p.page().path())).sorted().toList());
    }

    /** The pages that stand for each page type (for browser tests and screenshots), in registry order. */
    public static List<Example> examples(Atlas atlas, QualityReport quality, BuildSummary summary) {
        return examples(atlas, quality, summary, null);
    }

    /** The pages that stand for each page type of a site with a release history (archived pages need one). */
    public static List<Example> examples(Atlas atlas, QualityReport quality, BuildSummary summary,
                                         ReleaseHistory history) {
        BuildContext context = BuildContext.of(atlas, quality,
                RenderOptions.defaults().orBaseUrl(SiteConfig.load().baseUrl()), summary, history);
        List<Example> examples = new ArrayList<>();
        for (PageType type : PageTypes.ALL) {
            List<Page> pages = type.builder().apply(context);
            List<Page> named = pages.stream().filter(p -> p.example() != null).toList();
            for (Page page : named.isEmpty() ? pages.stream().limit(1).toList() : named) {
                String name = page.example() == null || page.example().isEmpty() ? type.id()
                        : type.id() + "-" + page.example();
                examples.add(new Example(type.id(), name, page.path(), type.status()));
            }
        }
        return examples;
    }

    /**
     * The HTML report of a build that stopped on errors, for the file {@code file} beside the site folder
     * {@code siteFolder} that was kept: in the site's layout, its links pointing into that folder, its JSON link to
     * {@code jsonFile} beside it. Nothing of the failed seeds but the summary is shown.
     */
    public String renderFailedBuildReport(BuildSummary summary, String siteFolder, String jsonFile, String file) {
        Atlas none = new Atlas(new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), null), Map.of(),
                List.of(), List.of());
        BuildContext context = BuildContext.of(none, new QualityReport(List.of()), options, summary);
        return templates.render(new BuildReportPageBuilder(context).failedPage(summary, siteFolder, jsonFile, file));
    }

    private void requireWriters() {
        for (PageType type : PageTypes.ALL) {
            type.otherOutputs().stream().filter(f -> !writers.containsKey(f)).findFirst().ifPresent(f -> {
                throw new IllegalArgumentException("no writer for the " + f.label() + " output of " + type.id()
                        + " pages");
            });
        }
    }

    private record Typed(PageType type, Page page) {
    }

    private static List<Typed> pages(BuildContext context) {
        return PageTypes.ALL.stream()
                .flatMap(type -> type.builder().apply(context).stream().map(page -> new Typed(type, page))).toList();
    }

    private void write(OutputFolder writer, Typed typed) throws IOException {
        PageJob job = typed.page().job().get();
        writer.writeText(job.file(), templates.render(job));
        for (OutputFormat format : typed.type().otherOutputs()) {
            writer.write(Routes.file(Routes.output(typed.page().path(), format)),
                    writers.get(format).apply(typed.page().shown()));
        }
    }
}
