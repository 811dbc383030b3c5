package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real static server does: validators and 304, compression, ranges, HEAD, cache lifetimes. */
class StaticAnswersTest {
    private static final String PAGE = "<!DOCTYPE html><title>Hartford</title><p>" + "reverse stings ".repeat(200);
    @TempDir
    static Path site;
    private static SiteServer server;
    private static byte[] big;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(site.resolve("ct/hartford"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        Files.writeString(site.resolve("ct/hartford/index.html"), PAGE);
        Files.writeString(site.resolve("assets/app.3f9c2e1a.js"), "//" + "x".repeat(300));
        big = new byte[3 * FileCache.MAX_IN_MEMORY];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Files.write(site.resolve("all.bin"), big);
        server = SiteServer.builder(site).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Response get(String target, String... headers) throws IOException {
        return RawHttp.send(server.port(), "GET", target, headers);
    }

    @Test
    void anUnchangedPageIsAnswered304ByEntityTagOrDate() throws IOException {
        RawHttp.Response first = get("/ct/hartford/");
        String etag = first.header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
        RawHttp.Response again = get("/ct/hartford/", "If-None-Match: " + etag);
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(etag, again.header("ETag"));
        assertEquals(304, get("/ct/hartford/", "If-None-Match: \"other\", W/" + etag).status());
        assertEquals(200, get("/ct/hartford/", "If-None-Match: \"other\"").status());
        String modified = first.header("Last-Modified");
        assertEquals(304, get("/ct/hartford/", "If-Modified-Since: " + modified).status());
        assertEquals(200, get("/ct/hartford/", "If-Modified-Since: Thu, 01 Jan 1998 00:00:00 GMT").status());
        assertEquals(200, get("/ct/hartford/", "If-None-Match: \"other\"", "If-Modified-Since: " + modified).status(),
                "If-None-Match wins over If-Modified-Since");
    }

    @Test
    void textIsGzippedForClientsThatAcceptIt() throws IOException {
        RawHttp.Response packed = get("/ct/hartford/", "Accept-Encoding: br;q=0, gzip");
        assertEquals("gzip", packed.header("Content-Encoding"));
        assertEquals("Accept-Encoding", packed.header("Vary"));
        assertTrue(packed.bytes().length < PAGE.length() / 5, "compressed to " + packed.bytes().length);
        assertEquals(PAGE, new String(new GZIPInputStream(new ByteArrayInputStream(packed.bytes())).readAllBytes(),
                StandardCharsets.UTF_8));
        assertTrue(packed.header("ETag").endsWith("-gzip\""), packed.header("ETag"));
        assertEquals(304, get("/ct/hartford/", "Accept-Encoding: gzip", "If-None-Match: " + packed.header("ETag"))
                .status());
        RawHttp.Response plain = get("/ct/hartford/", "Accept-Encoding: gzip;q=0");
        assertNull(plain.header("Content-Encoding"));
        assertEquals(PAGE, plain.body());
        assertNull(get("/all.bin", "Accept-Encoding: gzip").header("Content-Encoding"), "binary stays as it is");
    }

    @Test
    void oneByteRangeIsSentPartially() throws IOException {
        RawHttp.Response part = get("/all.bin", "Range: bytes=1000-1999");
        assertEquals(206, part.status());
        assertEquals("bytes 1000-1999/" + big.length, part.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(big, 1000, 2000), part.bytes());
        RawHttp.Response tail = get("/all.bin", "Range: bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(big, big.length - 10, big.length), tail.bytes());
        RawHttp.Response open = get("/ct/hartford/", "Range: bytes=10-");
        assertEquals(206, open.status());
        assertEquals(PAGE.substring(10), open.body());
        RawHttp.Response none = get("/all.bin", "Range: bytes=" + big.length + "-");
        assertEquals(416, none.status());
        assertEquals("bytes */" + big.length, none.header("Content-Range"));
        assertEquals(200, get("/all.bin", "Range: bytes=0-1,5-9").status(), "several ranges: the whole file");
        assertEquals("bytes", get("/all.bin").header("Accept-Ranges"));
    }

    @Test
    void ifRangeKeepsARangeOnlyWhileTheFileIsTheSame() throws IOException {
        String etag = get("/ct/hartford/").header("ETag");
        assertEquals(206, get("/ct/hartford/", "Range: bytes=0-9", "If-Range: " + etag).status());
        RawHttp.Response changed = get("/ct/hartford/", "Range: bytes=0-9", "If-Range: \"old\"");
        assertEquals(200, changed.status());
        assertEquals(PAGE, changed.body());
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutTheBody() throws IOException {
        for (String target : new String[] {"/ct/hartford/", "/all.bin", "/missing/"}) {
            RawHttp.Response get = get(target);
            RawHttp.Response head = RawHttp.send(server.port(), "HEAD", target);
            assertEquals(get.status(), head.status(), target);
            assertEquals(Integer.toString(get.bytes().length), head.header("Content-Length"), target);
            assertEquals(get.header("ETag"), head.header("ETag"), target);
            assertEquals(0, head.bytes().length, target);
        }
        RawHttp.Response packed = RawHttp.send(server.port(), "HEAD", "/ct/hartford/", "Accept-Encoding: gzip");
        assertEquals("gzip", packed.header("Content-Encoding"));
        assertEquals(0, packed.bytes().length);
    }

    @Test
    void hashedAssetsAreCachedForAYearPagesBriefly() throws IOException {
        assertEquals("public, max-age=31536000, immutable", get("/assets/app.3f9c2e1a.js").header("Cache-Control"));
        assertEquals("public, max-age=60", get("/ct/hartford/").header("Cache-Control"));
        assertEquals("no-cache", get("/missing/").header("Cache-Control"));
        assertEquals("no-cache", new CachePolicy(true).of("app.3f9c2e1a.js"), "watching: always revalidate");
    }

    @Test
    void aChangedFileIsServedAfterTheRecheckInterval() throws Exception {
        Path file = site.resolve("changing.txt");
        Files.writeString(file, "one");
        assertEquals("one", get("/changing.txt").body());
        Files.writeString(file, "two, longer");
        Thread.sleep(FileCache.RECHECK_MS + 100);
        assertEquals("two, longer", get("/changing.txt").body());
        Files.delete(file);
        server.siteChanged();
        assertEquals(404, get("/changing.txt").status());
    }
}
