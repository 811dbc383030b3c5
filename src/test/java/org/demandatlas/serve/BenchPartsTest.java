package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.Test;

/** The pieces of serve-bench that need neither nginx nor wrk: reading wrk, the nginx config, the query list. */
class BenchPartsTest {
    private static final String REPORT = """
            Running 1s test @ http://127.0.0.1:18181/ct/hartford/index.html
              2 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     0.96ms    2.08ms  17.58ms   89.15%
                Req/Sec    23.35k    15.37k   52.80k    68.18%
              Latency Distribution
                 50%   54.00us
                 75%  807.00us
                 90%    3.26ms
                 99%   10.15ms
              51013 requests in 1.10s, 1.23GB read
              Socket errors: connect 0, read 2, write 1, timeout 3
              Non-2xx or 3xx responses: 7
            Requests/sec:  46429.74
            Transfer/sec:      1.12GB
            """;

    @Test
    void readsTheReportOfWrk() {
        Wrk.Run run = Wrk.parse(REPORT);
        assertEquals(51013, run.requests());
        assertEquals(1.10, run.seconds(), 1e-9);
        assertEquals(0.054, run.p50(), 1e-9);
        assertEquals(10.15, run.p99(), 1e-9);
        assertEquals(13, run.errors(), "non-2xx answers and socket errors");
        assertEquals(46375, run.throughput(), 1);
        assertThrows(IllegalArgumentException.class, () -> Wrk.parse("wrk: command not found"));
    }

    @Test
    void turnsAddUpToOneRun() {
        Wrk.Run combined = Wrk.Run.combined(List.of(new Wrk.Run(100, 1, 0.5, 5, 0), new Wrk.Run(300, 2, 0.7, 9, 1),
                new Wrk.Run(200, 1, 0.6, 7, 0)));
        assertEquals(new Wrk.Run(600, 4, 0.6, 7, 1), combined);
        assertEquals(150, combined.throughput(), 1e-9);
    }

    @Test
    void theLuaScriptSendsThePathsInTurn() {
        String lua = Wrk.luaScript(List.of("/api/search?q=a", "/x\"y"));
        assertTrue(lua.contains("  \"/api/search?q=a\",\n  \"/x\\\"y\",\n"), lua);
        assertTrue(lua.contains("return wrk.format(\"GET\", paths[(i % #paths) + 1])"), lua);
    }

    @Test
    void nginxServesTheFolderOnLoopbackOnly() {
        String config = Nginx.config(Path.of("/srv/site"), Path.of("/tmp/w"), 4242);
        assertTrue(config.contains("listen 127.0.0.1:4242;"), config);
        assertTrue(config.contains("root /srv/site;"), config);
        assertTrue(config.contains("access_log off;") && config.contains("sendfile on;"), config);
        assertTrue(config.contains("daemon off;"), config);
    }

    @Test
    void queriesComeFromTheSitesTacticsAndPlaces() {
        List<String> queries = ServeBenchmark.queries(TestAtlas.seeds().atlas());
        assertEquals("/api/search?q=john+school", queries.get(0));
        assertTrue(queries.contains("/api/search?q=reverse+stings"), queries.toString());
        assertTrue(queries.contains("/api/search?q=Hartford"), queries.toString());
        assertTrue(queries.contains("/api/search"), "the empty query lists everything");
        assertEquals(queries.stream().distinct().toList(), queries);
    }
}
