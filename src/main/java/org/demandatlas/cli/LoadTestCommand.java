package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.demandatlas.serve.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code loadtest [--requests N] [--clients C] [--site DIR]}: a benchmark of serve on 127.0.0.1. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Starts serve on a free port of 127.0.0.1, sends N requests from C concurrent clients (every "
                + "fourth an /api/search query, the others the site's pages in turn), stops, and prints the total, "
                + "errors, throughput and latency percentiles p50/p95/p99."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:no request failed", "1:some requests failed", ExitCodes.USAGE, ExitCodes.FAILURE})
final class LoadTestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--requests", defaultValue = "20000", paramLabel = "N",
            description = "requests to send, 1 to 10000000 (default: ${DEFAULT-VALUE})")
    private int requests;

    @Option(names = "--clients", defaultValue = "32", paramLabel = "C",
            description = "concurrent clients, 1 to 1024 (default: ${DEFAULT-VALUE})")
    private int clients;

    @Mixin
    private SiteOption site;

    @Override
    public Integer call() throws InterruptedException {
        if (requests < 1 || requests > 10_000_000 || clients < 1 || clients > 1_024) {
            throw new ParameterException(spec.commandLine(), "--requests must be 1-10000000 and --clients 1-1024");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(site.allJson())) {
            err.println("loadtest: no site in " + site.folder() + " (expected " + site.allJson()
                    + "; run `build` first)");
            return 2;
        }
        try {
            LoadTest.Result result = LoadTest.run(site.folder(), requests, clients);
            spec.commandLine().getOut().println("loadtest: " + result.summary());
            return result.errors() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("loadtest: " + e.getMessage());
            return 3;
        }
    }
}
