package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchApiHandlerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static AtlasIndex index;
    private static SiteServer server;
    @TempDir
    static Path emptySite;

    @BeforeAll
    static void start() throws IOException {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        server = SiteServer.builder(emptySite).port(0)
                .route(SearchApiHandler.PATH, new SearchApiHandler(new SearchService(index))).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    private static HttpResponse<String> get(String rawQuery) throws Exception {
        return send(HttpRequest.newBuilder(uri(rawQuery)).GET().build());
    }

    private static URI uri(String rawQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + SearchApiHandler.PATH
                + (rawQuery == null ? "" : "?" + rawQuery));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void answersJsonWithRankedHitsAndFacets() throws Exception {
        HttpResponse<String> response = get("q=" + encode("Operation Cupid") + "&state=CT&page=1");
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("Operation Cupid", body.get("query").asString());
        assertEquals(4, body.get("total").asInt());
        assertEquals(1, body.get("page").asInt());
        JsonNode first = body.get("hits").get(0);
        assertEquals("ct/windsor-locks", first.get("id").asString());
        assertEquals("Windsor Locks", first.get("name").asString());
        assertEquals("/ct/windsor-locks/", first.get("url").asString());
        assertEquals("jurisdiction", first.get("kind").asString());
        assertTrue(first.get("curated").asBoolean());
        assertTrue(first.get("score").asDouble() > 0);
        assertTrue(first.get("snippet").asString().contains("<mark>Operation Cupid</mark>"), first.toString());
        assertEquals("Curated profile", first.get("kindLabel").asString());
        assertEquals("/ct/windsor-locks/#p-3", first.get("passages").get(0).get("url").asString());
        assertTrue(first.get("reasons").get(0).asString().startsWith("described in "), first.toString());
        assertEquals(4, body.get("facets").get("state").get("CT").asInt());
        assertEquals(3, body.get("facets").get("tactic").get("web-stings").asInt());
    }

    @Test
    void filtersAndPageSize() throws Exception {
        JsonNode body = JSON.readTree(get("tactic=web-stings&state=ct&size=2&page=2").body());
        assertEquals(3, body.get("total").asInt());
        assertEquals(1, body.get("hits").size());
        assertEquals("ct/windsor-locks", body.get("hits").get(0).get("id").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=101", "page=x", "page=99999999999", "size=51", "state=Connecticut",
            "type=town", "tactic=..%2Fx", "q=a&q=b", "foo=bar", "q=%E2%82"})
    void badParametersGet400WithAnError(String rawQuery) throws Exception {
        HttpResponse<String> response = get(rawQuery);
        if (rawQuery.equals("q=%E2%82")) {
            assertEquals(200, response.statusCode(), "a broken UTF-8 sequence decodes to U+FFFD");
            return;
        }
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asString().length() > 5, response.body());
    }

    @Test
    void malformedPercentEncodingGets400() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + SearchApiHandler.PATH + "?q=%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400 "), response);
            assertTrue(response.endsWith("{\"error\":\"malformed percent-encoding in the query string\","
                    + "\"parameter\":\"q\"}"), response);
        }
        assertEquals("malformed percent-encoding in the query string", assertThrows(IllegalArgumentException.class,
                () -> SearchApiHandler.parameters("q=100%")).getMessage());
    }

    @Test
    void oversizedQueriesGet400() throws Exception {
        HttpResponse<String> longQ = get("q=" + "x".repeat(201));
        assertEquals(400, longQ.statusCode());
        assertEquals("{\"error\":\"q must be at most 200 characters, was 201\",\"parameter\":\"q\"}", longQ.body());
        HttpResponse<String> tenKb = get("q=" + encode("reverse stings ".repeat(700)));
        assertEquals(400, tenKb.statusCode());
        assertEquals("{\"error\":\"query string must be at most 4096 characters\"}", tenKb.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(((", "*:*", "AND", "\"unbalanced", "title:", "a~2", "[x TO y]", "\\", "/regex/"})
    void junkIsAnsweredNeverAServerError(String junk) throws Exception {
        HttpResponse<String> response = get("q=" + encode(junk));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(junk, JSON.readTree(response.body()).get("query").asString());
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD, OPTIONS", post.headers().firstValue("Allow").orElse(""));
        assertEquals("{\"error\":\"only GET and HEAD are allowed\"}", post.body());
    }

    @Test
    void servedBesideTheSiteFromItsDataFile(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("data"));
        AtlasJsonFile.write(TestAtlas.seeds().atlas(), site.resolve("data/all.json"));
        try (SiteServer served = SiteServer.builder(site).port(0)
                .route(SearchApiHandler.PATH, SearchApiHandler.forSite(site, Optional.empty())).start()) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(served.uri().resolve(
                    SearchApiHandler.PATH + "?q=" + encode("john stings") + "&state=CT")).GET().build());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
            JsonNode hits = JSON.readTree(response.body()).get("hits");
            assertEquals(5, hits.size());
            assertTrue(hits.get(3).get("snippet").asString().contains("<mark>John stings</mark>"), hits.toString());
        }
    }

    @Test
    void emptyQueryListsEverything() throws Exception {
        HttpResponse<String> response = get(null);
        assertEquals(200, response.statusCode());
        assertEquals(6 + 15 + 4 + 16, JSON.readTree(response.body()).get("total").asInt(),
                "places and documents, tactics, partners, distinct citations");
    }
}
