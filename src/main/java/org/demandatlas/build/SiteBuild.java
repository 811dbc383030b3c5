package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandatlas.catalog.AtlasBuilder;
import org.demandatlas.catalog.CatalogResult;
import org.demandatlas.catalog.QualityChecks;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.export.BuildReportJson;
import org.demandatlas.catalog.StatuteFinder;
import org.demandatlas.catalog.TimelineExtractor;
import org.demandatlas.export.DataExporter;
import org.demandatlas.render.RenderOptions;
import org.demandatlas.render.SiteRenderer;
import org.demandatlas.index.EvidenceFinder;
import org.demandatlas.index.StaticSearchExporter;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;

/**
 * {@code build}: seeds folder → parsed documents → atlas → site folder. Every file is read even when others fail,
 * all problems are reported together, and the site is replaced only when there is no error (atomically, see
 * {@link SiteFolder}). Output depends only on the seeds: no clock, locale or machine in it.
 */
public final class SiteBuild {
    private final SeedReader reader;
    private final AtlasBuilder catalog;
    private final BuildProgress progress;

    public SiteBuild(SeedParser parser, BuildProgress progress) {
        this.reader = new SeedReader(parser);
        this.catalog = new AtlasBuilder(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
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
        CatalogResult result = catalog.build(readAll(listing.seeds(), problems));
        problems.addAll(result.problems());
        BuildSummary summary = BuildSummary.of(listing.seeds().size(), problems, result.atlas().documents());
        if (reader.brokeOnAFile()) {
            return stopped(BuildStatus.FAILED, options.out(), summary, "the parser failed on a file (see above)");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            return stopped(BuildStatus.INPUT_ERRORS, options.out(), summary, "the seeds have " + errors
                    + (errors == 1 ? " error" : " errors"));
        }
        return write(options, enrich(result.atlas(), problems), problems, listing.seeds().size());
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

    private BuildReport write(BuildOptions options, Atlas atlas, List<Problem> problems, int seedCount) {
        Path out = options.out();
        RenderOptions render = new RenderOptions(options.baseUrl(), true);
        try {
            BuildSummary summary = BuildSummary.of(seedCount, problems, atlas.documents());
            SiteFolder.replace(out, staging -> writeSite(atlas, summary, render, staging));
            FailedBuildReport.deleteStale(out);
        } catch (IOException e) {
            return BuildReport.failed(BuildStatus.FAILED, problems, "cannot write " + DisplayPaths.of(out) + ": "
                    + describe(e) + " (the previous site, if any, is unchanged)");
        }
        return new BuildReport(BuildStatus.OK, problems, null, seedCount, atlas.jurisdictions().size(),
                atlas.documents().size());
    }

    /**
     * Trust data the stages add to the catalog's atlas: the timeline of dated statements and the statute
     * references, then tactic evidence and the timeline's tactics (matched with the search analyzer), then the
     * data-quality report.
     */
    static Atlas enrich(Atlas atlas, List<Problem> problems) {
        Atlas dated = new StatuteFinder(ReferenceData.loadStatuteLinks()).extract(TimelineExtractor.extract(atlas));
        Atlas evidenced = EvidenceFinder.of(dated).enrich(dated);
        return evidenced.withQuality(QualityChecks.of(evidenced, problems));
    }

    private static String unusableFolders(BuildOptions options) {
        if (!Files.isDirectory(options.seeds())) {
            return "seeds folder " + DisplayPaths.of(options.seeds()) + " not found (expected a folder of .txt seeds)";
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
    private void writeSite(Atlas atlas, BuildSummary summary, RenderOptions render, Path staging) throws IOException {
        exportData(atlas, staging);
        BuildReportJson.write(summary, staging.resolve(BuildReportJson.FILE));
        BuildStep.DATA_WRITTEN.reached();
        new SiteRenderer(render).render(atlas, summary, staging);
        BuildStep.PAGES_WRITTEN.reached();
        writeSearchIndex(atlas, staging);
        BuildStep.SEARCH_WRITTEN.reached();
    }

    private static void exportData(Atlas atlas, Path staging) throws IOException {
        DataExporter.export(atlas, staging);
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
