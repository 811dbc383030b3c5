package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks raw HTTP/1.1 to the server, so that no client normalises the paths under test. */
class SiteServerTest {
    @TempDir
    static Path base;
    private static Path site;
    private static Path secret;
    private static SiteServer server;

    record Response(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        site = Files.createDirectories(base.resolve("site"));
        secret = Files.writeString(base.resolve("secret.txt"), "top secret");
        Files.createDirectories(site.resolve("ct/hartford"));
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><title>Not found</title>");
        Files.writeString(site.resolve("ct/hartford/index.html"), "<!DOCTYPE html><title>Hartford</title>");
        Files.writeString(site.resolve("ct/hartford/index.json"), "{}");
        Files.writeString(site.resolve("assets/style.css"), "body{}");
        Files.writeString(site.resolve("assets/search.js"), "//");
        Files.writeString(site.resolve("data.csv"), "a,b\n");
        Files.writeString(site.resolve("favicon.svg"), "<svg/>");
        Files.writeString(site.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\n");
        Files.write(site.resolve("favicon.ico"), new byte[] {0, 0, 1, 0});
        Files.write(site.resolve("x.png"), new byte[] {1});
        Files.write(site.resolve("f.woff2"), new byte[] {1});
        Files.createSymbolicLink(site.resolve("leak.txt"), secret);
        server = SiteServer.builder(site).port(0)
                .route("/api/search", (request, response, callback) -> {
                    response.getHeaders().put("Content-Type", "application/json");
                    Content.Sink.write(response, true, "{\"hits\":[]}", callback);
                    return true;
                }).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Response request(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, split);
            return new Response(Integer.parseInt(head.split(" ")[1]), head, raw.substring(split + 4));
        }
    }

    @Test
    void servesFilesWithTheirMediaTypes() throws IOException {
        List<List<String>> cases = List.of(List.of("/", "text/html; charset=utf-8"),
                List.of("/ct/hartford/", "text/html; charset=utf-8"),
                List.of("/ct/hartford/index.html", "text/html; charset=utf-8"),
                List.of("/ct/hartford/index.json", "application/json"),
                List.of("/assets/style.css", "text/css; charset=utf-8"),
                List.of("/assets/search.js", "text/javascript; charset=utf-8"),
                List.of("/data.csv", "text/csv; charset=utf-8"), List.of("/favicon.svg", "image/svg+xml"),
                List.of("/sitemap.xml", "application/xml; charset=utf-8"),
                List.of("/robots.txt", "text/plain; charset=utf-8"), List.of("/favicon.ico", "image/x-icon"),
                List.of("/x.png", "image/png"), List.of("/f.woff2", "font/woff2"));
        for (List<String> c : cases) {
            Response response = request("GET", c.get(0));
            assertEquals(200, response.status(), c.get(0));
            assertEquals(c.get(1), response.header("Content-Type"), c.get(0));
        }
        assertEquals("<!DOCTYPE html><title>Hartford</title>", request("GET", "/ct/hartford/").body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws IOException {
        for (Response response : List.of(request("GET", "/"), request("GET", "/missing"),
                request("POST", "/"), request("GET", "/api/search?q=x"), request("GET", "/ct/hartford"))) {
            assertEquals("default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
                    + "frame-ancestors 'none'", response.header("Content-Security-Policy"));
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertEquals("same-origin", response.header("Cross-Origin-Opener-Policy"));
        }
    }

    @Test
    void redirectsFoldersWithoutSlash() throws IOException {
        Response response = request("GET", "/ct/hartford");
        assertEquals(301, response.status());
        assertEquals("/ct/hartford/", response.header("Location"));
    }

    @Test
    void missingPagesGetTheSite404() throws IOException {
        Response response = request("GET", "/no/such/page/");
        assertEquals(404, response.status());
        assertEquals("<!DOCTYPE html><title>Not found</title>", response.body());
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals(404, request("GET", "/empty/").status());
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE")) {
            Response response = request(method, "/");
            assertEquals(405, response.status(), method);
            assertEquals("GET, HEAD", response.header("Allow"));
        }
        Response head = request("HEAD", "/assets/style.css");
        assertEquals(200, head.status());
        assertEquals("6", head.header("Content-Length"));
        assertEquals("", head.body());
    }

    @Test
    void refusesEveryWayOut() throws IOException {
        for (String target : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
                "/ct/%2e%2e/%2e%2e/secret.txt", "/%2F..%2Fsecret.txt", "/ct%2Fhartford/", "//etc/passwd",
                "/..%5csecret.txt", "/leak.txt", "/ct/../../secret.txt", "/%00", "/.hidden", "/%252e%252e/secret.txt",
                "/ct/hartford/../../../secret.txt", "/C:/Windows/win.ini", "/%c0%ae%c0%ae/secret.txt",
                "/ct/./hartford/", "http://localhost/../secret.txt", base.resolve("secret.txt").toString())) {
            Response response = request("GET", target);
            assertTrue(response.status() == 404 || response.status() == 400, target + ": " + response.status());
            assertFalse(response.body().contains("top secret"), target);
        }
    }

    @Test
    void malformedEscapesAreRejectedByTheHttpLayer() throws IOException {
        assertEquals(400, request("GET", "/%zz").status());
    }

    @Test
    void boundsTheRequestUriLength() throws IOException {
        assertEquals(414, request("GET", "/" + "a".repeat(3000)).status());
    }

    @Test
    void extraRoutesAnswerTheirPaths() throws IOException {
        Response response = request("GET", "/api/search?q=reverse");
        assertEquals(200, response.status());
        assertEquals("{\"hits\":[]}", response.body());
        assertTrue(server.uri().toString().startsWith("http://127.0.0.1:"));
    }
}
