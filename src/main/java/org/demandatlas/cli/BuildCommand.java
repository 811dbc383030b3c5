package org.demandatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;
import org.demandatlas.build.TerminalProgress;
import org.demandatlas.model.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "absolute URL the site is published under, e.g. https://example.org/atlas: canonical "
                    + "links, citation permalinks and sitemap.xml (default: baseUrl in render/site.json; when null, "
                    + "site-relative links only)")
    private BaseUrl baseUrl;

    @Option(names = "--history", paramLabel = "DIR",
            description = "published site whose data releases to carry forward (default: the --out folder)")
    private Path history;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(seeds, out, baseUrl, history);
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report = new SiteBuild(SeedParsers.standard(), TerminalProgress.forConsole(err)).run(options);
        report.formattedProblems().forEach(err::println);
        if (!report.failure().isEmpty()) {
            err.println("build: " + report.failure());
        }
        err.flush();
        return report.status().exitCode();
    }

    /** {@code --base-url} text → {@link BaseUrl}; a refused one is a usage error (exit 2) with the reason. */
    static final class BaseUrlConverter implements ITypeConverter<BaseUrl> {
        @Override
        public BaseUrl convert(String value) {
            try {
                return new BaseUrl(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
