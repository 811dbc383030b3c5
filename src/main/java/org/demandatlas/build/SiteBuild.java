package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.CatalogResult;
import org.demandatlas.export.BuildReportJson;
import org.demandatlas.export.DataExporter;
import org.demandatlas.export.PageOutputs;
import org.demandatlas.export.ReleaseArchive;
import org.demandatlas.index.shards.StaticSearchExporter;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.QualityReport;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.render.RenderOptions;
import org.demandatlas.render.SiteRenderer;

/**
 * {@code build}: seeds folder → parsed documents → atlas → site folder. Every file is read even when others fail,
 * all problems are reported together, and the site is replaced only when there is no error (atomically, see
 * {@link SiteFolder}). Output depends only on the seeds: no clock, locale or machine in it.
 */
public final class SiteBuild {
    private final SeedReader reader;
    private final AtlasPipeline pipeline;
    private final BuildProgress progress;

    public SiteBuild(SeedParser parser, BuildProgress progress) {
        this.reader = new SeedReader(parser);
        this.pipeline = AtlasPipeline.standard();
        this.progress = progress;
    }

    public BuildReport run(BuildOptions options) {
        String unusable = unusableFolders(options);
        if (unusable != null) {
            return BuildReport.failed(BuildStatus.USAGE, List.of(), unusable);
        }
        SeedFolder.Listing listing;
        try {
            listing = SeedFolder.list(options.seeds());
        } catch (IOException e) {
            return BuildReport.failed(BuildStatus.FAILED, List.of(), "cannot read the seeds folder "
                    + DisplayPaths.of(options.seeds()) + ": " + describe(e));
        }
        List<Problem> problems = new ArrayList<>(listing.problems());
        CatalogResult result = pipeline.catalog(readAll(listing.seeds(), problems));
        problems.addAll(result.problems());
        BuildSummary summary = BuildSummary.of(listing.seeds().size(), problems, result.catalog().documents());
        if (reader.brokeOnAFile()) {
            return stopped(BuildStatus.FAILED, options.out(), summary, "the parser failed on a file (see above)");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            return stopped(BuildStatus.INPUT_ERRORS, options.out(), summary, "the seeds have " + errors
                    + (errors == 1 ? " error" : " errors"));
        }
        Atlas atlas = pipeline.enrich(result.catalog());
        ReleaseArchive.Published history;
        try {
            history = ReleaseArchive.read(options.historySite());
        } catch (IOException e) {
            return BuildReport.failed(BuildStatus.FAILED, problems, "cannot read the release history in "
                    + DisplayPaths.of(options.historySite()) + ": " + describe(e));
        }
        return write(options, new Written(atlas, pipeline.check(atlas, problems), history), problems,
                listing.seeds().size());
    }

    /** A build that stopped on the seeds: the site is kept, the problems are written beside it. */
    private static BuildReport stopped(BuildStatus status, Path out, BuildSummary summary, String why) {
        String kept = why + ", so " + DisplayPaths.of(out) + " was not replaced; ";
        try {
            return BuildReport.failed(status, summary.problems(), kept + FailedBuildReport.write(out, summary));
        } catch (IOException e) {
            return BuildReport.failed(status, summary.problems(), kept + "the report could not be written beside it: "
                    + describe(e));
        }
    }

    /** What the site is written from: the atlas, its quality report and the release history read before staging. */
    private record Written(Atlas atlas, QualityReport quality, ReleaseArchive.Published history) {
    }

    private BuildReport write(BuildOptions options, Written site, List<Problem> problems, int seedCount) {
        Path out = options.out();
        Atlas atlas = site.atlas();
        RenderOptions render = new RenderOptions(options.baseUrl(), true);
        try {
            BuildSummary summary = BuildSummary.of(seedCount, problems, atlas.documents());
            SiteFolder.replace(out, staging -> writeSite(site, summary, render, staging));
            FailedBuildReport.deleteStale(out);
        } catch (IOException e) {
            return BuildReport.failed(BuildStatus.FAILED, problems, "cannot write " + DisplayPaths.of(out) + ": "
                    + describe(e) + " (the previous site, if any, is unchanged)");
        }
        return new BuildReport(BuildStatus.OK, problems, null, seedCount, atlas.jurisdictions().size(),
                atlas.documents().size());
    }

    private static String unusableFolders(BuildOptions options) {
        if (!Files.isDirectory(options.seeds())) {
            return "seeds folder " + DisplayPaths.of(options.seeds()) + " not found (expected a folder of .txt seeds)";
        }
        if (options.history() != null && !Files.isDirectory(options.history())) {
            return "history folder " + DisplayPaths.of(options.history()) + " not found (expected a published site)";
        }
        return SiteFolder.refusal(options.out());
    }

    /** Reads the seeds on all cores; the result keeps the seeds' order, so output does not depend on timing. */
    private List<ParsedDocument> readAll(List<Path> seeds, List<Problem> problems) {
        AtomicInteger done = new AtomicInteger();
        progress.started(seeds.size());
        List<ParsedDocument> parsed = seeds.parallelStream().map(seed -> {
            ParsedDocument document = reader.read(seed);
            progress.advanced(done.incrementAndGet());
            return document;
        }).toList();
        progress.finished();
        parsed.forEach(document -> problems.addAll(ProblemCap.apply(document.problems())));
        return parsed;
    }

    /** The site's stages, in order, all writing into the staging folder. */
    private void writeSite(Written site, BuildSummary summary, RenderOptions render, Path staging)
            throws IOException {
        Atlas atlas = site.atlas();
        exportData(atlas, site.quality(), staging);
        ReleaseHistory history = ReleaseArchive.write(site.history(), atlas, staging);
        BuildReportJson.write(summary, staging.resolve(BuildReportJson.FILE));
        BuildStep.DATA_WRITTEN.reached();
        new SiteRenderer(render, PageOutputs.writers(atlas)).render(atlas, site.quality(), summary, history, staging);
        BuildStep.PAGES_WRITTEN.reached();
        writeSearchIndex(atlas, staging);
        BuildStep.SEARCH_WRITTEN.reached();
    }

    private static void exportData(Atlas atlas, QualityReport quality, Path staging) throws IOException {
        DataExporter.export(atlas, quality, staging);
    }

    /** The static search data, {@code search/*.js}; the live index is built from {@code data/all.json} by serve. */
    private static void writeSearchIndex(Atlas atlas, Path staging) throws IOException {
        new StaticSearchExporter().export(atlas, staging);
    }

    private static String describe(IOException e) {
        String kind = e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
