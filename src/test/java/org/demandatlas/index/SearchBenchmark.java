package org.demandatlas.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.shards.StaticSearchExporter;
import org.demandatlas.model.Atlas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints search performance numbers (not a test; nothing is asserted): index build time, static shard sizes,
 * bytes a first static query fetches (with node), live SearchService latency p50/p99 over 1,000 queries — on the
 * seed fixture and on a synthetic atlas of 10,000 jurisdictions. Run:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) org.demandatlas.index.SearchBenchmark [N]
 * </pre>
 */
public final class SearchBenchmark {
    private static final int QUERIES = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        run("seeds", TestAtlas.seeds().atlas());
        run("synthetic " + size, SyntheticAtlas.generate(size, 42));
    }

    private static void run(String name, Atlas atlas) throws Exception {
        System.out.printf(Locale.ROOT, "== %s: %d jurisdictions, %d documents%n", name, atlas.jurisdictions().size(),
                atlas.documents().size());
        new AtlasIndexer().build(atlas).close(); // warm-up
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        try (AtlasIndex index = new AtlasIndexer().build(atlas)) {
            System.out.printf(Locale.ROOT, "index build: %d ms wall, %d ms cpu (%d entries, %d surface forms, "
                    + "%d MB of text)%n", millis(start), (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    index.entries().size(), index.dictionary().size(), textBytes(index) >> 20);
            Path site = Files.createTempDirectory("search-bench");
            start = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            StaticSearchExporter.Report report = new StaticSearchExporter().export(index, site);
            System.out.printf(Locale.ROOT, "static export: %d ms wall, %d ms cpu%n", millis(start),
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            printShards(report);
            List<String> queries = queries(index, new SplittableRandom(7));
            printStatic(site, queries.subList(0, 20), new SearchService(index));
            printLatency(new SearchService(index), queries);
            deleteTree(site);
        }
    }

    private static void printShards(StaticSearchExporter.Report report) {
        for (String kind : List.of("meta", "dict", "post", "docs", "rec")) {
            long[] sizes = report.shardSizes().entrySet().stream().filter(e -> e.getKey().startsWith(kind))
                    .mapToLong(Map.Entry::getValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-4s %5d shards, %9d bytes, largest %7d%n", kind, sizes.length,
                    Arrays.stream(sizes).sum(), sizes.length == 0 ? 0 : sizes[sizes.length - 1]);
        }
        System.out.printf(Locale.ROOT, "  total %d shards, %d bytes%n", report.shardSizes().size(),
                report.totalBytes());
    }

    private static void printStatic(Path site, List<String> queries, SearchService service) throws Exception {
        try {
            NodeRunner.requireNode();
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("static first-query bytes: skipped, no node");
            return;
        }
        List<Map<String, String>> input = queries.stream().map(q -> Map.of("q", q)).toList();
        JsonNode results = JSON.readTree(NodeRunner.staticSearch(site, JSON.writeValueAsString(input)));
        long[] bytes = new long[results.size()];
        double[] millis = new double[results.size()];
        int agreeing = 0;
        for (int i = 0; i < results.size(); i++) {
            bytes[i] = results.get(i).get("bytes").asLong();
            millis[i] = results.get(i).get("millis").asDouble();
            List<String> live = service.search(SearchQuery.of(queries.get(i))).hits().stream().map(SearchHit::id)
                    .toList();
            List<String> statik = new ArrayList<>();
            results.get(i).get("hits").forEach(hit -> statik.add(hit.get("id").asString()));
            agreeing += live.equals(statik) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "static and live top 10 agree on %d of %d queries%n", agreeing,
                results.size());
        Arrays.sort(bytes);
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "static first query (fresh engine, %d queries, node): bytes median %d, "
                + "max %d; engine time median %.1f ms, max %.1f ms%n", bytes.length, bytes[bytes.length / 2],
                bytes[bytes.length - 1], millis[millis.length / 2], millis[millis.length - 1]);
        System.out.println("  e.g. \"" + queries.get(0) + "\": " + results.get(0).get("bytes").asLong() + " bytes");
    }

    private static void printLatency(SearchService service, List<String> queries) {
        for (String q : queries.subList(0, 100)) {
            service.search(SearchQuery.of(q)); // warm-up
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            SearchQuery query = SearchQuery.of(queries.get(i));
            if (i % 10 == 0) {
                query = query.withState("CT");
            }
            long start = System.nanoTime();
            service.search(query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "live SearchService over %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    static List<String> queries(AtlasIndex index, SplittableRandom random) {
        return SampleQueries.of(index, random, QUERIES);
    }

    private static long textBytes(AtlasIndex index) {
        return index.entries().stream().flatMap(e -> SearchFields.TEXT.stream().flatMap(f -> e.text(f).stream()))
                .mapToLong(String::length).sum();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
