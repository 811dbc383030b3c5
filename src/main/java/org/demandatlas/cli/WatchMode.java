package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildProgress;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.BuildStatus;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;
import org.demandatlas.serve.LiveReload;
import org.demandatlas.serve.Rebuild;
import org.demandatlas.serve.SearchApiHandler;
import org.demandatlas.serve.SeedWatcher;
import org.demandatlas.serve.SiteServer;

/** The wiring of {@code serve --watch}: full builds of {@code seeds} into {@code site} for {@link SeedWatcher}. */
final class WatchMode {
    private WatchMode() {
    }

    /** One build, its problems printed to {@code err}. */
    static Rebuild rebuild(Path seeds, Path site, PrintWriter err) {
        return () -> {
            BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                    .run(new BuildOptions(seeds, site, null));
            report.formattedProblems().forEach(err::println);
            List<String> problems = new ArrayList<>(report.formattedProblems());
            if (!report.failure().isEmpty()) {
                problems.add("build: " + report.failure());
                err.println("build: " + report.failure());
            }
            err.flush();
            return new Rebuild.Outcome(report.status() == BuildStatus.OK, problems);
        };
    }

    /** Starts watching {@code seeds}; false (and a line on {@code err}) when the folder cannot be watched. */
    static boolean start(Path seeds, Path site, SiteServer server, Optional<SearchApiHandler> api, LiveReload live,
                         PrintWriter err) {
        try {
            SeedWatcher.start(seeds, rebuild(seeds, site, err), server, api, live, err);
            err.println("serve: watching " + seeds + "; pages reload after each build");
            err.flush();
            return true;
        } catch (IOException e) {
            err.println("serve: cannot watch " + seeds + ": " + e.getMessage());
            return false;
        }
    }
}
