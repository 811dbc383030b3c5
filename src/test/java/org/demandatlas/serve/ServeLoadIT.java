package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildProgress;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.BuildStatus;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI smoke variant of {@code loadtest}: 2,000 requests from 32 clients on the seeds' site, not one error. */
class ServeLoadIT {
    private static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");

    @TempDir
    Path dir;

    @Test
    void twoThousandRequestsFromThirtyTwoClientsAllSucceed() throws Exception {
        Path site = dir.resolve("site");
        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(SEEDS, site, null));
        assertEquals(BuildStatus.OK, report.status());

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
