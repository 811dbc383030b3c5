package org.demandatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;
import org.demandatlas.build.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code build}: seeds → site folder, replaced atomically and only when the seeds have no error. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from the seeds: pages, data/all.json, CSV files and the search index.",
                "Problems are printed to stderr as file:line:col: severity: message. On any error the previous "
                        + "site stays as it was and the problems are also written beside it, to "
                        + "OUT.failed-build-report.html and .json."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, ExitCodes.INPUT, ExitCodes.USAGE, ExitCodes.FAILURE})
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "folder of .txt seed files (default: ${DEFAULT-VALUE})")
    private Path seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "site folder to create or replace (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL the site is served from, e.g. https://example.org/atlas "
                    + "(default: site-relative links)")
    private String baseUrl;

    @Override
    public Integer call() {
        BuildOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report = new SiteBuild(SeedParsers.standard(), TerminalProgress.forConsole(err)).run(options);
        report.formattedProblems().forEach(err::println);
        if (!report.failure().isEmpty()) {
            err.println("build: " + report.failure());
        }
        err.flush();
        return report.status().exitCode();
    }

    private BuildOptions options() {
        try {
            return new BuildOptions(seeds, out, baseUrl);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
        }
    }
}
