package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --watch: the script on every page, the event stream, and a rebuild after a seed changes. */
class LiveReloadTest {
    @TempDir
    Path dir;

    @Test
    void addsTheScriptBeforeTheEndOfTheHead() {
        try (LiveReload live = new LiveReload()) {
            assertEquals("<html><head><title>x</title><script src=\"/_atlas/live.js\" defer></script></head><body>",
                    new String(live.addScript("<html><head><title>x</title></head><body>"
                            .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
            assertEquals("no head", new String(live.addScript("no head".getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void pagesGetTheScriptAndTheEventsTellReloadOrProblems() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><title>Home</title></head></html>");
        try (LiveReload live = new LiveReload();
             SiteServer server = SiteServer.builder(site).port(0).liveReload(live).start()) {
            RawHttp.Response page = RawHttp.send(server.port(), "GET", "/");
            assertTrue(page.body().contains("<script src=\"/_atlas/live.js\" defer></script></head>"), page.body());
            assertEquals(CachePolicy.REVALIDATE, page.header("Cache-Control"));
            RawHttp.Response script = RawHttp.send(server.port(), "GET", LiveReload.SCRIPT);
            assertTrue(script.body().contains("new EventSource(\"/_atlas/events\")"));
            assertEquals(SecurityHeaders.CSP, script.header("Content-Security-Policy"));
            assertEquals(200, RawHttp.send(server.port(), "GET", LiveReload.STYLE).status());
            URI events = server.uri().resolve(LiveReload.EVENTS);
            try (EventStream stream = new EventStream(events)) {
                assertEquals("text/event-stream; charset=utf-8",
                        stream.response().headers().firstValue("Content-Type").orElse(""));
                live.failed(List.of("seeds/x.txt:3:1: error: boom"));
                assertEquals("event: problems", stream.next("event:"));
                assertEquals("data: {\"problems\":[\"seeds/x.txt:3:1: error: boom\"]}", stream.next("data:"));
                try (EventStream late = new EventStream(events)) {
                    assertEquals("event: problems", late.next("event:"), "a page opened after the failure");
                }
                live.built();
                assertEquals("event: reload", stream.next("event:"));
            }
        }
    }

    @Test
    void aChangedSeedRebuildsThenReloads() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>one</title>");
        AtomicInteger builds = new AtomicInteger();
        Rebuild rebuild = () -> {
            builds.incrementAndGet();
            writeQuietly(site.resolve("index.html"), "<!DOCTYPE html><title>two</title>");
            return new Rebuild.Outcome(true, List.of());
        };
        StringWriter log = new StringWriter();
        try (LiveReload live = new LiveReload();
             SiteServer server = SiteServer.builder(site).port(0).liveReload(live).start();
             SeedWatcher watcher = SeedWatcher.start(seeds, rebuild, server, Optional.empty(), live,
                     new PrintWriter(log));
             EventStream stream = new EventStream(server.uri().resolve(LiveReload.EVENTS))) {
            assertTrue(RawHttp.send(server.port(), "GET", "/").body().contains("one"));
            Files.writeString(seeds.resolve("new.txt"), "Hartford, CT");
            assertEquals("event: reload", stream.next("event:"));
            assertEquals(1, builds.get(), "one build for one change");
            assertTrue(RawHttp.send(server.port(), "GET", "/").body().contains("two"), "the new site, at once");
            assertTrue(log.toString().contains("serve --watch: rebuilt, site replaced, 0 problem(s)"), log.toString());
        }
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
