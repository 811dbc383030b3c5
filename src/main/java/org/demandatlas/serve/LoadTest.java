package org.demandatlas.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.Routes;

/**
 * A load test of {@code serve}: starts a {@link SiteServer} with the search API on a free port of 127.0.0.1 (never
 * any other address), lets {@code clients} threads send {@code requests} requests between them, a deterministic
 * mix where every fourth is an {@code /api/search} query and the others walk the site's pages in order, then stops
 * the server. An error is any status but 200 or any failed exchange.
 */
public final class LoadTest {
    private static final List<String> QUERIES = List.of("q=reverse+stings", "q=john+school&page=2",
            "q=arrests&state=CT", "q=police&type=city", "tactic=auto-seizure", "q=%22public+education%22",
            "q=shaming+letters&size=50", "q=zzzz");

    /** What one run measured; latencies in milliseconds. */
    public record Result(int requests, int errors, double seconds, double p50, double p95, double p99) {
        public double throughput() {
            return requests / seconds;
        }

        public String summary() {
            return String.format(Locale.ROOT, "requests %d, errors %d, %.1f s, %.0f requests/s, latency ms "
                    + "p50 %.2f p95 %.2f p99 %.2f", requests, errors, seconds, throughput(), p50, p95, p99);
        }
    }

    private LoadTest() {
    }

    public static Result run(Path site, int requests, int clients) throws IOException, InterruptedException {
        return run(site, clients, (i, started) -> i < requests);
    }

    /** As many requests as {@code clients} send in {@code duration} (the CI soak). */
    public static Result runFor(Path site, Duration duration, int clients) throws IOException, InterruptedException {
        long budget = duration.toNanos();
        return run(site, clients, (i, started) -> System.nanoTime() - started < budget);
    }

    /** Whether request {@code i} is still to be sent, given the start time in nanoseconds. */
    @FunctionalInterface
    private interface Budget {
        boolean allows(int i, long started);
    }

    private static Result run(Path site, int clients, Budget budget) throws IOException, InterruptedException {
        List<String> targets = targets(site);
        try (SiteServer server = SiteServer.builder(site).host("127.0.0.1").port(0)
                .route(SearchApiHandler.PATH, SearchApiHandler.forSite(site, Optional.empty())).start();
             HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(10)).build()) {
            return measure(client, server.uri(), targets, clients, budget);
        }
    }

    private static Result measure(HttpClient client, URI base, List<String> targets, int clients, Budget budget)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<long[]> latencies = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                for (int i = next.getAndIncrement(); budget.allows(i, start); i = next.getAndIncrement()) {
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = send(client, base.resolve(target(targets, i)), errors);
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] nanos = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(nanos.length, errors.get(), seconds, percentile(nanos, 50), percentile(nanos, 95),
                percentile(nanos, 99));
    }

    private static long send(HttpClient client, URI uri, AtomicInteger errors) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            errors.incrementAndGet();
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - start;
    }

    /** Request {@code i}: every fourth a search query, the others the site's pages in turn. */
    static String target(List<String> pages, int i) {
        if (i % 4 == 3) {
            return SearchApiHandler.PATH.substring(1) + "?" + QUERIES.get((i / 4) % QUERIES.size());
        }
        return pages.get((i - i / 4) % pages.size());
    }

    /** The site's pages as relative URLs ({@code ct/hartford/}), sorted. */
    static List<String> targets(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> pages = files.filter(f -> f.getFileName().toString().equals(OutputFormat.HTML.fileName()))
                    .map(f -> Routes.sitePath(site.relativize(f).toString().replace('\\', '/')).substring(1))
                    .sorted().toList();
            if (pages.isEmpty()) {
                throw new IOException("no pages in " + site + " (expected a site written by build)");
            }
            return pages;
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
