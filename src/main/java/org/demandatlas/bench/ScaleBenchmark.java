package org.demandatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.text.JsonMappers;

/**
 * The scale benchmark: for each corpus size, generates the profiles with the generator, builds them in a child JVM
 * with a fixed heap and measures it (wall, CPU, peak RSS, pages, bytes per page kind, the first static query's
 * bytes), checks that every profile was read with its tactics; then, unless told not to, on the same corpus Hugo
 * (as Markdown with state, tactic and partner taxonomies), Pagefind on Hugo's output and Pagefind on our HTML.
 */
public final class ScaleBenchmark {
    /**
     * @param java      the java binary of the child builds; {@code classpath} holds the application
     * @param heap      the child's -Xmx per size: {@code heaps[i]} for {@code sizes[i]}
     * @param compare   whether to run Hugo and Pagefind too (installed when missing)
     */
    public record Options(List<Integer> sizes, List<String> heaps, Path work, long seed, String query,
                          boolean compare, String java, String classpath) {
        public Options {
            sizes = List.copyOf(sizes);
            heaps = List.copyOf(heaps);
            if (sizes.size() != heaps.size()) {
                throw new IllegalArgumentException("one heap per size");
            }
        }
    }

    /** What one corpus size gave: the rows of the table, our site's weight and the parse check. */
    public record SizeResult(int profiles, List<Measurement> rows, SiteSizes atlasSizes, ProfileCheck check) {
        public boolean ok() {
            return check.ok();
        }
    }

    private final Options options;
    private final CorpusGenerator generator;
    private final PrintWriter log;
    private final BenchTools tools;

    public ScaleBenchmark(Options options, CorpusGenerator generator, PrintWriter log) {
        this.options = options;
        this.generator = generator;
        this.log = log;
        this.tools = new BenchTools(options.work().resolve("tools"), log);
    }

    /** Runs every size, prints the table to {@code out} and writes {@code bench.json}; all profiles read right? */
    public boolean run(PrintWriter out) throws IOException, InterruptedException {
        if (options.compare()) {
            tools.requireGnuTime();
        }
        List<SizeResult> results = new ArrayList<>();
        for (int i = 0; i < options.sizes().size(); i++) {
            results.add(runSize(options.sizes().get(i), options.heaps().get(i)));
        }
        BenchReport report = new BenchReport(results, options.query());
        out.print(report.table());
        Path json = options.work().resolve("bench.json");
        JsonMappers.sortedKeys().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report.json());
        out.println("JSON: " + json);
        out.flush();
        return results.stream().allMatch(SizeResult::ok);
    }

    private SizeResult runSize(int count, String heap) throws IOException, InterruptedException {
        Path dir = options.work().resolve(Integer.toString(count));
        Path corpus = dir.resolve("corpus");
        Path site = dir.resolve("site");
        log.println("bench: " + count + " profiles: generating " + corpus);
        generator.generate(count, options.seed(), corpus);
        delete(site);
        log.println("bench: " + count + " profiles: build -Xmx" + heap);
        ChildRun build = ChildRun.of("build", List.of(options.java(), "-Xmx" + heap, "-cp", options.classpath(),
                "org.demandatlas.cli.Main", "build", "--seeds", corpus.toString(), "--out", site.toString()),
                dir, dir.resolve("build.log"));
        if (!build.ok()) {
            throw new IOException(build.failure());
        }
        SiteSizes sizes = SiteSizes.of(site);
        ProfileCheck check = ProfileCheck.of(generator, options.seed(), count, site);
        List<Measurement> rows = new ArrayList<>();
        log.println("bench: " + count + " profiles: live search");
        rows.add(Measurement.of("atlas build", count, build, sizes.htmlPages(), sizes.bytes(),
                firstQuery("first-query.js", site).orElse(null)).with(LiveSearch.measure(site)));
        if (options.compare()) {
            compare(count, dir, site, rows);
        }
        return new SizeResult(count, rows, sizes, check);
    }

    private void compare(int count, Path dir, Path site, List<Measurement> rows)
            throws IOException, InterruptedException {
        Optional<String> hugo = tools.hugo();
        Optional<String> pagefind = tools.pagefind();
        if (hugo.isEmpty() || pagefind.isEmpty() || tools.node().isEmpty()) {
            log.println("bench: comparison skipped (hugo, pagefind or node missing)");
            return;
        }
        Path project = dir.resolve("hugo");
        delete(project);
        HugoProject.write(generator, options.seed(), count, project);
        Path hugoOut = project.resolve("public");
        log.println("bench: " + count + " profiles: hugo");
        ChildRun hugoRun = require(ChildRun.of("hugo", List.of(hugo.get(), "--quiet", "-s", project.toString(),
                "-d", hugoOut.toString()), project, dir.resolve("hugo.log")));
        SiteSizes hugoSizes = SiteSizes.of(hugoOut);
        Measurement hugoRow = Measurement.of("hugo", count, hugoRun, hugoSizes.htmlPages(), hugoSizes.bytes(), null);
        Measurement onHugo = pagefind("pagefind (hugo html)", count, pagefind.get(), hugoOut, dir.resolve("pf-hugo"));
        rows.add(hugoRow);
        rows.add(onHugo);
        rows.add(hugoRow.then("hugo + pagefind", onHugo));
        rows.add(pagefind("pagefind (atlas html)", count, pagefind.get(), site, dir.resolve("pf-atlas")));
    }

    private Measurement pagefind(String label, int count, String binary, Path html, Path index)
            throws IOException, InterruptedException {
        delete(index);
        log.println("bench: " + count + " profiles: " + label);
        ChildRun run = require(ChildRun.of(label, List.of(binary, "--site", html.toString(), "--output-path",
                index.toString()), html, index.resolveSibling(index.getFileName() + ".log")));
        return Measurement.of(label, count, run, null, SiteSizes.of(index).bytes(),
                firstQuery("pagefind-first-query.mjs", index).orElse(null));
    }

    /** Bytes of the first query for {@code options.query()}, run under node by a script beside this class. */
    private Optional<Long> firstQuery(String script, Path folder) throws IOException, InterruptedException {
        if (tools.node().isEmpty()) {
            return Optional.empty();
        }
        Path file = options.work().resolve("scripts").resolve(script);
        Files.createDirectories(file.getParent());
        try (InputStream in = Objects.requireNonNull(ScaleBenchmark.class.getResourceAsStream(script), script)) {
            Files.write(file, in.readAllBytes());
        }
        Process process = new ProcessBuilder(tools.node().get(), file.toString(), folder.toString(), options.query())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || out.isBlank()) {
            log.println("bench: first query with " + script + " failed");
            return Optional.empty();
        }
        return Optional.of(JsonMappers.plain().readTree(out).path("bytes").asLong());
    }

    private static ChildRun require(ChildRun run) throws IOException {
        if (!run.ok()) {
            throw new IOException(run.failure());
        }
        return run;
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
