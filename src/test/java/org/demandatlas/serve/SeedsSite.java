package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildProgress;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.BuildStatus;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;

/** The site of the project's seeds, built into a folder for the load tests. */
final class SeedsSite {
    private static final Path SEEDS = Path.of(System.getProperty("atlas.basedir", "."), "seeds");

    private SeedsSite() {
    }

    static Path buildInto(Path dir) {
        Path site = dir.resolve("site");
        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(SEEDS, site, null));
        assertEquals(BuildStatus.OK, report.status());
        return site;
    }
}
