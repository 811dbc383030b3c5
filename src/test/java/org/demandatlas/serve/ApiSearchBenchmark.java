package org.demandatlas.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchService;
import org.demandatlas.index.SurfaceDictionary;
import org.demandatlas.index.SyntheticAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.routes.DataFile;

/**
 * Prints the single-thread cost of an uncached {@code /api/search} answer (not a test; nothing is asserted): the
 * queries {@code serve-bench} sends, then as many again made of the site's own words (one to three, some with a
 * state or tactic filter, some asking for page 2), each parsed, searched and written as JSON, in rounds; CPU µs per
 * answer (mean) and wall p50/p99. With a second argument it writes every answer, one per line, to that file (to
 * compare two versions' answers byte for byte). Run on a built site, or {@code synthetic:N} for a generated atlas
 * of N places ({@code SyntheticAtlas}, seed 42):
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) \
 *     org.demandatlas.serve.ApiSearchBenchmark site [answers.txt]
 * </pre>
 */
public final class ApiSearchBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String SYNTHETIC = "synthetic:";
    private static final int MIN_SECONDS = Integer.getInteger("bench.seconds", 10);

    private ApiSearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String site = args.length > 0 ? args[0] : "site";
        Atlas atlas = site.startsWith(SYNTHETIC) ? SyntheticAtlas.generate(Integer.parseInt(site.substring(
                SYNTHETIC.length())), 42) : AtlasJsonFile.read(Path.of(site).resolve(DataFile.ALL_JSON.file()));
        try (AtlasIndex index = new AtlasIndexer().build(atlas)) {
            SearchService service = new SearchService(index);
            List<String> paths = new ArrayList<>(ServeBenchmark.queries(atlas));
            paths.addAll(wordQueries(index, paths.size(), new SplittableRandom(5)));
            List<SearchQuery> queries = paths.stream().map(ApiSearchBenchmark::parse).toList();
            if (args.length > 1) {
                writeAnswers(service, paths, queries, Path.of(args[1]));
            }
            measure(service, queries, 1); // warm-up
            System.out.printf(Locale.ROOT, "%s: %d entries, %d queries%n", site, index.entries().size(),
                    queries.size());
            measure(service, queries, MIN_SECONDS);
        }
    }

    private static SearchQuery parse(String path) {
        int mark = path.indexOf('?');
        return SearchApiHandler.query(SearchApiHandler.parameters(mark < 0 ? "" : path.substring(mark + 1)));
    }

    /** Rounds over the queries for at least {@code seconds}; prints CPU µs per answer and the wall percentiles. */
    private static void measure(SearchService service, List<SearchQuery> queries, int seconds) {
        List<Long> wall = new ArrayList<>();
        long cpu = CPU.getCurrentThreadCpuTime();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long bytes = 0;
        while (System.nanoTime() < end) {
            for (SearchQuery query : queries) {
                long start = System.nanoTime();
                bytes += SearchJson.write(service.search(query)).length;
                wall.add(System.nanoTime() - start);
            }
        }
        long cpuNanos = CPU.getCurrentThreadCpuTime() - cpu;
        long[] sorted = wall.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %d answers: CPU %.0f µs per answer (mean), wall p50 %.0f µs, p99 %.0f µs,"
                + " max %.0f µs, %.0f bytes per answer%n", sorted.length, cpuNanos / 1e3 / sorted.length,
                sorted[sorted.length / 2] / 1e3, sorted[sorted.length * 99 / 100] / 1e3,
                sorted[sorted.length - 1] / 1e3, (double) bytes / sorted.length);
        if (Boolean.getBoolean("bench.slowest")) {
            printSlowest(service, queries);
        }
    }

    private static void printSlowest(SearchService service, List<SearchQuery> queries) {
        long[][] byQuery = new long[queries.size()][2];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            for (int r = 0; r < 5; r++) {
                SearchJson.write(service.search(queries.get(i)));
            }
            byQuery[i] = new long[] {(System.nanoTime() - start) / 5, i};
        }
        Arrays.sort(byQuery, (a, b) -> Long.compare(b[0], a[0]));
        for (int i = 0; i < Math.min(10, byQuery.length); i++) {
            System.out.printf(Locale.ROOT, "    %6.0f µs  %s%n", byQuery[i][0] / 1e3, queries.get((int) byQuery[i][1]));
        }
    }

    /** One to three words of the site's vocabulary; one in five with a state filter, one in
     * seven a tactic filter, some an evidence or type filter and an order, one in ten for page 2. */
    private static List<String> wordQueries(AtlasIndex index, int count, SplittableRandom random) {
        List<String> words = index.dictionary().entries().stream().filter(e -> !e.isStopWord() && e.docFreq() > 0)
                .map(SurfaceDictionary.Entry::surface).filter(w -> w.length() > 3).toList();
        List<String> states = index.entries().stream().map(e -> e.state()).filter(s -> !s.isEmpty()).distinct()
                .sorted().toList();
        List<String> tactics = index.entries().stream().flatMap(e -> e.tactics().stream()).distinct().sorted()
                .toList();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder(SearchApiHandler.PATH).append("?q=");
            for (int w = 0; w <= random.nextInt(3); w++) {
                q.append(w == 0 ? "" : "+").append(words.get(random.nextInt(words.size())));
            }
            if (i % 5 == 0) {
                q.append("&state=").append(states.get(random.nextInt(states.size())));
            }
            if (i % 10 == 3) {
                q.append("&page=2");
            }
            if (i % 7 == 1) {
                q.append("&tactic=").append(tactics.get(random.nextInt(tactics.size())));
            }
            q.append(i % 11 == 2 ? "&evidence=corroborated" : i % 13 == 4 ? "&sort=name&type=city" : "");
            paths.add(q.toString());
        }
        return paths;
    }

    private static void writeAnswers(SearchService service, List<String> paths, List<SearchQuery> queries, Path file)
            throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            all.append(paths.get(i)).append('\t').append(new String(SearchJson.write(service.search(queries.get(i))),
                    StandardCharsets.UTF_8)).append('\n');
            all.append(paths.get(i)).append(" explain\t").append(new String(SearchJson.write(
                    service.search(queries.get(i).withExplain(true))), StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(file, all.toString(), StandardCharsets.UTF_8);
    }
}
