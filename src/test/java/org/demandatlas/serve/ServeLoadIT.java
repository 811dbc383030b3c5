package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI smoke variant of {@code loadtest}: 2,000 requests from 32 clients on the seeds' site, not one error. */
class ServeLoadIT {
    @TempDir
    Path dir;

    @Test
    void twoThousandRequestsFromThirtyTwoClientsAllSucceed() throws Exception {
        Path site = SeedsSite.buildInto(dir);

        LoadTest.Result result = LoadTest.run(site, 2_000, 32);

        System.out.println("ServeLoadIT: " + result.summary());
        assertEquals(0, result.errors(), result.summary());
        assertEquals(2_000, result.requests());
        assertTrue(result.p50() <= result.p95() && result.p95() <= result.p99(), result.summary());
    }

    @Test
    void theMixIsDeterministic() {
        List<String> pages = List.of("", "a/", "b/");
        assertEquals(List.of("", "a/", "b/", "api/search?q=reverse+stings", "", "a/", "b/",
                "api/search?q=john+school&page=2"), java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> LoadTest.target(pages, i)).toList());
    }
}
