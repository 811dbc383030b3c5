package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;
import org.demandatlas.serve.LiveReload;
import org.demandatlas.serve.SearchApiHandler;
import org.demandatlas.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve [--site DIR] [--port N] [--host H] [--watch [--seeds DIR]]}: serves a built site until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a built site on http://HOST:PORT/ until Ctrl-C, with a strict Content-Security-Policy.",
                "Folders answer with their index.html; missing pages get the site's 404.html."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, "2:usage error (bad option, no site in the folder, port already in use)",
                ExitCodes.FAILURE})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Mixin
    private ListenOptions listen;

    @Option(names = "--watch", description = "Build the site from --seeds now and again whenever a seed changes; "
            + "open pages reload by themselves and show the problems of a build that failed.")
    private boolean watch;

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
            description = "Seed folder that --watch builds from (default: ${DEFAULT-VALUE}).")
    private Path seeds;

    private final LiveReload live = new LiveReload();
    private Optional<SearchApiHandler> api = Optional.empty();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int port = listen.port();
        String host = listen.host();
        Path site = siteOption.folder();
        if (watch) {
            WatchMode.rebuild(seeds, site, err).run();
        }
        Path home = site.resolve(Routes.file(Routes.HOME));
        if (!Files.isRegularFile(home)) {
            err.println("serve: no site in " + site + " (expected " + home
                    + "; run `build` first)");
            return 2;
        }
        SiteServer server;
        try {
            server = withWatch(withSearchApi(SiteServer.builder(site).host(host).port(port), err)).start();
        } catch (BindException e) {
            err.println("serve: port " + port + " on " + host + " is already in use (is another serve running?); "
                    + "pick another with --port, e.g. --port " + (port == 65_535 ? 8081 : port + 1)
                    + ", or --port 0 for any free one");
            return 2;
        } catch (IOException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 3;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        if (watch && !WatchMode.start(seeds, site, server, api, live, err)) {
            return 3;
        }
        spec.commandLine().getOut().println("Serving " + site + ": open " + server.uri() + " in a browser (Ctrl-C "
                + "to stop)");
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return 0;
    }

    /** Answers {@code /api/search} from the site's {@code data/all.json}, indexed in memory at start-up. */
    private SiteServer.Builder withSearchApi(SiteServer.Builder builder, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(siteOption.allJson())) {
            err.println("serve: " + siteOption.folder() + " has no " + DataFile.ALL_JSON.file() + "; "
                    + SearchApiHandler.PATH + " is disabled");
            return builder;
        }
        api = Optional.of(SearchApiHandler.forSite(siteOption.folder(), Optional.empty()));
        return builder.route(SearchApiHandler.PATH, api.get());
    }

    /** With --watch: pages get the live-reload script and its event stream. */
    private SiteServer.Builder withWatch(SiteServer.Builder builder) {
        return watch ? builder.liveReload(live) : builder;
    }
}
