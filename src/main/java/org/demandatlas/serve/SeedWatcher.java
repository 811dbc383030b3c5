package org.demandatlas.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code serve --watch}: watches the seeds folder (and its sub-folders); after a change and {@value #QUIET_MS} ms
 * without another, rebuilds the whole site ({@link Rebuild}), then makes the server read the new site, the search
 * API index it again and every open page reload — or shows the build's problems in every open page.
 */
public final class SeedWatcher implements AutoCloseable {
    static final long QUIET_MS = 200;
    private final WatchService watcher;
    private final Thread thread;

    private SeedWatcher(WatchService watcher, Runnable loop) {
        this.watcher = watcher;
        this.thread = Thread.ofPlatform().daemon().name("seed-watcher").unstarted(loop);
    }

    /** Starts watching; {@code log} gets one line per build. */
    public static SeedWatcher start(Path seeds, Rebuild rebuild, SiteServer server, Optional<SearchApiHandler> api,
                                    LiveReload live, PrintWriter log) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        register(watcher, seeds);
        SeedWatcher seedWatcher = new SeedWatcher(watcher, () -> loop(watcher, seeds, () -> {
            Rebuild.Outcome outcome = safely(rebuild);
            log.println("serve --watch: rebuilt, " + (outcome.siteReplaced() ? "site replaced" : "site kept")
                    + ", " + outcome.problems().size() + " problem(s)");
            log.flush(); // before the pages hear of it, so that the line is there when they reload
            if (outcome.siteReplaced()) {
                server.siteChanged();
                reload(api);
                live.built();
            } else {
                live.failed(outcome.problems());
            }
        }));
        seedWatcher.thread.start();
        return seedWatcher;
    }

    private static Rebuild.Outcome safely(Rebuild rebuild) {
        try {
            return rebuild.run();
        } catch (RuntimeException e) {
            return new Rebuild.Outcome(false, java.util.List.of("build failed: " + e));
        }
    }

    private static void reload(Optional<SearchApiHandler> api) {
        try {
            if (api.isPresent()) {
                api.get().reload();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void register(WatchService watcher, Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void loop(WatchService watcher, Path seeds, Runnable build) {
        try {
            while (true) {
                drain(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(watcher, seeds);
                build.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
