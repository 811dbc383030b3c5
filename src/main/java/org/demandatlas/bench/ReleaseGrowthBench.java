package org.demandatlas.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.model.Taxonomy;

/**
 * The growth budget of data releases: generates a corpus, builds release 1, then edits a few profiles
 * ({@link CorpusEdits}) and builds again into the same folder, which carries the history forward, until there are
 * {@code releases} releases. Each build runs in a child JVM; after each one the site is weighed: all bytes, the
 * frozen data ({@code data/releases/}), the archived pages ({@code as-of-…/}) and the growth over release 1.
 */
public final class ReleaseGrowthBench {
    private static final double MB = 1_000_000.0;

    /** @param changed profiles corrected before each release after the first (besides one added, one removed) */
    public record Options(int profiles, int releases, int changed, Path work, long seed, String heap, String java,
                          String classpath) {
    }

    /** One release's weight. */
    record Row(int release, long bytes, long frozenBytes, long archivedPages, long archivedBytes,
               CorpusEdits.Round edits, double buildSeconds) {
    }

    private final Options options;
    private final CorpusGenerator generator;
    private final CorpusEdits edits;
    private final PrintWriter log;

    public ReleaseGrowthBench(Options options, CorpusGenerator generator, Taxonomy taxonomy, PrintWriter log) {
        this.options = options;
        this.generator = generator;
        this.edits = new CorpusEdits(generator, taxonomy, options.seed());
        this.log = log;
    }

    /** Runs every release, printing one line per release as it is measured; the rows, oldest first. */
    public List<Row> run(PrintWriter out) throws IOException, InterruptedException {
        Path corpus = options.work().resolve("corpus");
        Path site = options.work().resolve("site");
        log.println("release-bench: generating " + options.profiles() + " profiles (seed " + options.seed() + ")");
        log.flush();
        generator.generate(options.profiles(), options.seed(), corpus);
        ScaleBenchmark.delete(site);
        out.println(header());
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (int release = 1; release <= options.releases(); release++) {
            CorpusEdits.Round round = release == 1 ? null
                    : edits.apply(corpus, options.profiles(), release, options.changed());
            ChildRun build = build(corpus, site, release);
            Row row = weigh(site, release, round, build.wallSeconds());
            rows.add(row);
            out.println(line(row, rows.getFirst()));
            out.flush();
        }
        return rows;
    }

    private ChildRun build(Path corpus, Path site, int release) throws IOException, InterruptedException {
        log.println("release-bench: release " + release + ": build -Xmx" + options.heap());
        log.flush();
        ChildRun run = ChildRun.of("build " + release, List.of(options.java(), "-Xmx" + options.heap(), "-cp",
                options.classpath(), "org.demandatlas.cli.Main", "build", "--seeds", corpus.toString(), "--out",
                site.toString()), options.work(), options.work().resolve("build-" + release + ".log"));
        if (!run.ok()) {
            throw new IOException(run.failure());
        }
        return run;
    }

    private static Row weigh(Path site, int release, CorpusEdits.Round round, double seconds) throws IOException {
        long[] sums = new long[4];
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                long size = Files.size(file);
                String path = site.relativize(file).toString().replace('\\', '/');
                sums[0] += size;
                sums[1] += path.startsWith("data/releases/") ? size : 0;
                boolean archived = path.contains("/as-of-");
                sums[2] += archived && path.endsWith(".html") ? 1 : 0;
                sums[3] += archived ? size : 0;
            }
        }
        return new Row(release, sums[0], sums[1], sums[2], sums[3], round, seconds);
    }

    static String header() {
        return "| release | profiles changed | site MB | frozen data MB | archived pages | archived MB | growth "
                + "| build s |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    static String line(Row row, Row first) {
        String changed = row.edits() == null ? "—" : String.format(Locale.ROOT, "%d (+%d tactics, +%d citations, "
                + "1 added, 1 removed)", row.edits().profilesChanged(), row.edits().tacticsAdded(),
                row.edits().citationsAdded());
        double growth = 100.0 * (row.bytes() - first.bytes()) / first.bytes();
        return String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %d | %.1f | %+.1f %% | %.0f |", row.release(),
                changed, row.bytes() / MB, row.frozenBytes() / MB, row.archivedPages(), row.archivedBytes() / MB,
                growth, row.buildSeconds());
    }
}
