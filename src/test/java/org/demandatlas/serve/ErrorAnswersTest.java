package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security headers on every answer, the server's own error answers (400, 414, 431) included; CORS on the API. */
class ErrorAnswersTest {
    @TempDir
    static Path site;
    private static SiteServer server;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        server = SiteServer.builder(site).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertSecure(RawHttp.Response response, String what) {
        assertEquals(SecurityHeaders.CSP, response.header("Content-Security-Policy"), what);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", response.header("Referrer-Policy"), what);
        assertEquals("same-origin", response.header("Cross-Origin-Opener-Policy"), what);
        assertEquals(null, response.header("Server"), what);
    }

    @Test
    void theParsersOwnRefusalsCarryTheHeaders() throws IOException {
        int port = server.port();
        RawHttp.Response tooBig = RawHttp.send(port, "GET", "/", "X-Big: " + "a".repeat(20_000));
        assertEquals(431, tooBig.status());
        assertSecure(tooBig, "431");
        RawHttp.Response badLine = RawHttp.raw(port, "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n");
        assertEquals(400, badLine.status());
        assertSecure(badLine, "400 request line");
        RawHttp.Response noHost = RawHttp.raw(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertEquals(400, noHost.status());
        assertSecure(noHost, "400 without Host");
        RawHttp.Response ambiguous = RawHttp.send(port, "GET", "/%2e%2e/secret");
        assertEquals(400, ambiguous.status());
        assertSecure(ambiguous, "400 ambiguous path");
        assertFalse(ambiguous.body().contains("<"), "a plain-text body: " + ambiguous.body());
        RawHttp.Response longUri = RawHttp.send(port, "GET", "/" + "a".repeat(9_000));
        assertTrue(longUri.status() == 414 || longUri.status() == 431, "status " + longUri.status());
        assertSecure(longUri, "long URI");
    }

    @Test
    void everyHandlerAnswerCarriesTheHeaders() throws IOException {
        for (String target : List.of("/", "/missing", "/api/search?q=x", "/api/nothing", "/api/openapi.json")) {
            assertSecure(RawHttp.send(server.port(), "GET", target), target);
        }
        assertSecure(RawHttp.send(server.port(), "DELETE", "/"), "405");
        assertSecure(RawHttp.send(server.port(), "OPTIONS", "/api/search"), "preflight");
    }

    @Test
    void theApiIsOpenToOtherOriginsAndAnswersErrorsInJson() throws IOException {
        RawHttp.Response preflight = RawHttp.send(server.port(), "OPTIONS", "/api/search",
                "Origin: https://notebook.example", "Access-Control-Request-Method: GET");
        assertEquals(204, preflight.status());
        assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, OPTIONS", preflight.header("Access-Control-Allow-Methods"));
        RawHttp.Response missing = RawHttp.send(server.port(), "GET", "/api/nothing", "Origin: https://x.example");
        assertEquals(404, missing.status());
        assertEquals("*", missing.header("Access-Control-Allow-Origin"));
        assertEquals("application/json; charset=utf-8", missing.header("Content-Type"));
        assertTrue(missing.body().startsWith("{\"error\":\"no such resource"), missing.body());
        RawHttp.Response post = RawHttp.send(server.port(), "POST", "/api/search", "Content-Length: 0");
        assertEquals(405, post.status());
        assertEquals("{\"error\":\"only GET and HEAD are allowed\"}", post.body());
        assertEquals(null, RawHttp.send(server.port(), "GET", "/").header("Access-Control-Allow-Origin"),
                "pages are not opened to other origins");
    }
}
