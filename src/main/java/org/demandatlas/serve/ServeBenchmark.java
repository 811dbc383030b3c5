package org.demandatlas.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.routes.DataFile;

/**
 * The load benchmark of {@code serve} against nginx on the same folder, in one run, measured with {@code wrk}:
 * one page from both servers (in turns of {@value #SLICE_SECONDS} s, so that a change of the shared machine's load
 * falls on both alike), then {@code /api/search} (a list of queries made from the site's own tactics and
 * places, taken in turn) with the answer cache and without it. Prints a Markdown table with the ratios and the
 * load average. {@link #soak(int)} is a long mixed run that watches memory and file descriptors.
 */
public final class ServeBenchmark {
    /** What to measure: page path, clients and seconds for pages and for the API. */
    public record Options(Path site, String page, int clients, int apiClients, int seconds) {
    }

    /** The page rows alternate between nginx and serve every this many seconds. */
    static final int SLICE_SECONDS = 10;
    private final Options options;
    private final PrintWriter out;

    public ServeBenchmark(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs everything; true when no request failed. */
    public boolean run() throws IOException, InterruptedException {
        Tools.ensure(out, "nginx", "nginx-light", "wrk", "wrk");
        Path work = Files.createTempDirectory("serve-bench");
        String load = loadAverage();
        SearchApiHandler api = SearchApiHandler.forSite(options.site(), Optional.empty());
        List<String> queries = queries(AtlasJsonFile.read(options.site().resolve(DataFile.ALL_JSON.file())));
        List<Row> rows = new ArrayList<>();
        try (Nginx nginx = Nginx.start(options.site(), work);
             SiteServer cached = serve(api); SiteServer uncached = serve(api.uncached())) {
            String page = "/" + options.page();
            warmUp(nginx.url(page), cached.uri() + options.page(), uncached.uri(), queries, work);
            List<Wrk.Run> nginxSlices = new ArrayList<>();
            List<Wrk.Run> serveSlices = new ArrayList<>();
            int slices = Math.max(1, options.seconds() / SLICE_SECONDS);
            for (int i = 0; i < slices; i++) { // taken in turn, so that both see the same drift of the machine's load
                int seconds = i == slices - 1 ? options.seconds() - SLICE_SECONDS * (slices - 1) : SLICE_SECONDS;
                nginxSlices.add(Wrk.run(nginx.url(page), List.of(), options.clients(), seconds, work));
                serveSlices.add(Wrk.run(cached.uri() + options.page(), List.of(), options.clients(), seconds, work));
            }
            rows.add(new Row("nginx " + version() + ", " + page, options.clients(), Wrk.Run.combined(nginxSlices)));
            rows.add(new Row("serve, same page", options.clients(), Wrk.Run.combined(serveSlices)));
            rows.add(new Row("serve /api/search, " + queries.size() + " queries in turn", options.apiClients(),
                    Wrk.run(cached.uri().toString(), queries, options.apiClients(), options.seconds(), work)));
            rows.add(new Row("same, answer cache off", options.apiClients(),
                    Wrk.run(uncached.uri().toString(), queries, options.apiClients(), options.seconds(), work)));
        }
        print(rows, load);
        return rows.stream().allMatch(r -> r.run().errors() == 0);
    }

    /**
     * Pages and API queries mixed (three to one) for {@code seconds} from {@code clients} connections: resident
     * memory after a warm-up of a tenth of the time and at the end (both after a GC), and the open file descriptors
     * before the server started and after it stopped. True when no request failed.
     */
    public boolean soak(int seconds) throws IOException, InterruptedException {
        Tools.ensure(out, "wrk", "wrk");
        Path work = Files.createTempDirectory("serve-soak");
        List<String> queries = queries(AtlasJsonFile.read(options.site().resolve(DataFile.ALL_JSON.file())));
        List<String> mix = new ArrayList<>();
        List<String> pages = LoadTest.targets(options.site());
        for (int i = 0; i < Math.max(pages.size(), queries.size()); i++) {
            mix.add("/" + pages.get(i % pages.size()));
            mix.add("/" + pages.get((i + 1) % pages.size()));
            mix.add("/" + pages.get((i + 2) % pages.size()));
            mix.add(queries.get(i % queries.size()));
        }
        Optional<ProcessStats> before = ProcessStats.now();
        Optional<ProcessStats> warm;
        Wrk.Run run;
        try (SiteServer server = serve(SearchApiHandler.forSite(options.site(), Optional.empty()))) {
            Wrk.run(server.uri().toString(), mix, options.clients(), Math.max(1, seconds / 10), work);
            warm = statsAfterGc();
            run = Wrk.run(server.uri().toString(), mix, options.clients(), seconds, work);
        }
        Optional<ProcessStats> end = statsAfterGc();
        out.printf(Locale.ROOT, "soak: %d s, %d clients, %d requests (%d paths in turn), %,.0f requests/s, p99 %.2f ms,"
                + " %d errors%n", seconds, options.clients(), run.requests(), mix.size(), run.throughput(), run.p99(),
                run.errors());
        if (before.isPresent() && warm.isPresent() && end.isPresent()) {
            out.printf(Locale.ROOT, "soak: resident memory %,d KB after warm-up, %,d KB at the end (%+.1f %%); open "
                    + "files %d before the server, %d after it stopped%n", warm.get().rssKb(), end.get().rssKb(),
                    end.get().rssGrowthPercent(warm.get()), before.get().openFiles(), end.get().openFiles());
        }
        out.println("load average: " + loadAverage());
        out.flush();
        return run.errors() == 0;
    }

    private static Optional<ProcessStats> statsAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
        return ProcessStats.now();
    }

    private SiteServer serve(SearchApiHandler api) throws IOException {
        return SiteServer.builder(options.site()).port(0).route(SearchApiHandler.PATH, api).start();
    }

    private void warmUp(String nginxPage, String servePage, java.net.URI uncached, List<String> queries, Path work)
            throws IOException, InterruptedException {
        int seconds = Math.max(2, options.seconds() / 5);
        Wrk.run(nginxPage, List.of(), options.clients(), seconds, work);
        Wrk.run(servePage, List.of(), options.clients(), seconds, work);
        Wrk.run(uncached.toString(), queries, options.apiClients(), seconds, work);
    }

    /** Queries from the site: each tactic's name, the first places' names, a few filters and pages. */
    static List<String> queries(Atlas atlas) {
        Set<String> queries = new LinkedHashSet<>(List.of("q=john+school", "q=reverse+stings&page=2",
                "q=arrests&state=CT", "q=police&type=city", "tactic=auto-seizure", "q=%22public+education%22",
                "q=shaming+letters&size=50", "q=zzzz", "q=waterbery", ""));
        for (TacticEntry tactic : atlas.tactics()) {
            queries.add("q=" + encode(tactic.tactic().name().toLowerCase(Locale.ROOT)));
        }
        atlas.jurisdictions().stream().limit(200).map(Jurisdiction::name)
                .forEach(name -> queries.add("q=" + encode(name)));
        return queries.stream().map(q -> SearchApiHandler.PATH + (q.isEmpty() ? "" : "?" + q)).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Row(String what, int clients, Wrk.Run run) {
    }

    private void print(List<Row> rows, String load) {
        Wrk.Run nginx = rows.get(0).run();
        out.println("| " + options.seconds() + " s per row (pages: nginx and serve in turns of " + SLICE_SECONDS
                + " s; p50/p99 the median of the turns), wrk -t2 | clients | requests/s | p50 | p99 | errors | vs nginx |");
        out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String ratio = i == 0 ? "—" : i == 1 ? String.format(Locale.ROOT, "%.0f %% of requests/s, p99 %.2f×",
                    100 * row.run().throughput() / nginx.throughput(), row.run().p99() / nginx.p99()) : "(no nginx "
                    + "equivalent)";
            out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f ms | %.2f ms | %d | %s |%n", row.what(), row.clients(),
                    row.run().throughput(), row.run().p50(), row.run().p99(), row.run().errors(), ratio);
        }
        out.println("load average before: " + load + "; after: " + loadAverage() + " (" + Runtime.getRuntime()
                .availableProcessors() + " cores)");
        out.flush();
    }

    private static String version() {
        try {
            Process nginx = new ProcessBuilder(Tools.require("nginx"), "-v").redirectErrorStream(true).start();
            String text = new String(nginx.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.replaceAll(".*nginx/", "");
        } catch (IOException e) {
            return "?";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
