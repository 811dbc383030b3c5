package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.demandatlas.routes.Routes;
import org.demandatlas.serve.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve-bench}: serve against nginx on the same folder, measured with wrk; optionally a soak. */
@Command(name = "serve-bench", mixinStandardHelpOptions = true,
        description = {"Serves the site with serve and with nginx side by side on 127.0.0.1 and measures both with "
                + "wrk: one page (nginx and serve), then /api/search with queries made from the site, with and "
                + "without the answer cache. Prints a Markdown table with the ratios and the load average. Installs "
                + "nginx-light and wrk with apt-get when missing. `loadtest` needs neither.",
                "With --soak S: a mixed run of S seconds instead, reporting memory growth and open files."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:no request failed", "1:some requests failed", ExitCodes.USAGE, ExitCodes.FAILURE})
final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption site;

    @Option(names = "--page", defaultValue = "ct/hartford/index.html", paramLabel = "PATH",
            description = "page to load, relative to the site; index.html when it is missing (default: ${DEFAULT-VALUE})")
    private String page;

    @Option(names = "--clients", defaultValue = "64", paramLabel = "N",
            description = "connections for the page rows and the soak (default: ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--api-clients", defaultValue = "32", paramLabel = "N",
            description = "connections for the API rows (default: ${DEFAULT-VALUE})")
    private int apiClients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S",
            description = "length of each measured row (default: ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--soak", paramLabel = "S", description = "run a soak of S seconds instead (600 = 10 minutes)")
    private Integer soak;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || clients > 4096 || apiClients < 1 || apiClients > 4096 || seconds < 1 || seconds > 3600
                || (soak != null && (soak < 1 || soak > 86_400))) {
            throw new ParameterException(spec.commandLine(), "--clients and --api-clients must be 1-4096, "
                    + "--seconds 1-3600, --soak 1-86400");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(site.allJson())) {
            err.println("serve-bench: no site in " + site.folder() + " (expected " + site.allJson()
                    + "; run `build` first)");
            return 2;
        }
        String target = Files.isRegularFile(site.folder().resolve(page)) ? page : Routes.file(Routes.HOME);
        ServeBenchmark bench = new ServeBenchmark(new ServeBenchmark.Options(site.folder(), target, clients,
                apiClients, seconds), spec.commandLine().getOut());
        try {
            boolean clean = soak == null ? bench.run() : bench.soak(soak);
            return clean ? 0 : 1;
        } catch (IOException e) {
            err.println("serve-bench: " + e.getMessage());
            return 3;
        }
    }
}
