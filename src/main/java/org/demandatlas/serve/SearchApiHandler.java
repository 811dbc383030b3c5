package org.demandatlas.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchService;
import org.demandatlas.model.Atlas;
import org.demandatlas.routes.DataFile;
import org.demandatlas.text.JsonMappers;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/search?q=…&tactic=…&state=…&type=…&evidence=…&page=…&size=…}: the live search as JSON
 * ({@code {"query", "total", "page", "pageSize", "hits": [{id, name, url, kind, curated, score, snippet}],
 * "facets": {"tactic": {…}, "state": {…}, "type": {…}, "kind": {…}}}}). Bad, repeated, unknown or oversized
 * parameters get 400 with {@code {"error": "…"}}, other methods 405; the search itself never fails on any text.
 */
public final class SearchApiHandler implements HttpHandler {
    public static final String PATH = "/api/search";
    static final int MAX_QUERY_STRING = 4096;
    private static final Set<String> PARAMETERS = Set.of("q", "tactic", "state", "type", "evidence", "page", "size");
    private static final JsonMapper JSON = JsonMappers.plain();

    private final SearchService service;

    public SearchApiHandler(SearchService service) {
        this.service = service;
    }

    /**
     * The handler for a built site: its {@code data/all.json} read and indexed at start-up. The index lives in
     * memory unless {@code indexDir} is given, where it is (re)written instead.
     */
    public static SearchApiHandler forSite(Path site, Optional<Path> indexDir) throws IOException {
        Atlas atlas = AtlasJsonFile.read(site.resolve(DataFile.ALL_JSON.file()));
        AtlasIndexer indexer = new AtlasIndexer();
        AtlasIndex index = indexDir.isPresent() ? indexer.build(atlas, indexDir.get()) : indexer.build(atlas);
        return new SearchApiHandler(new SearchService(index));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, error("only GET is allowed"));
            } else if (!PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, error("no such resource; try " + PATH + "?q=…"));
            } else {
                answer(exchange);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        SearchQuery query;
        try {
            query = query(parameters(exchange.getRequestURI().getRawQuery()));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(e.getMessage()));
            return;
        }
        try {
            send(exchange, 200, service.search(query));
        } catch (RuntimeException e) {
            send(exchange, 500, error("internal error"));
        }
    }

    static SearchQuery query(Map<String, String> parameters) {
        return new SearchQuery(parameters.get("q"), parameters.get("tactic"), parameters.get("state"),
                parameters.get("type"), number(parameters, "page", 1),
                number(parameters, "size", SearchQuery.DEFAULT_PAGE_SIZE), parameters.get("evidence"));
    }

    private static int number(Map<String, String> parameters, String name, int fallback) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }

    /** Decoded parameters; rejects a malformed, oversized, repeated or unknown one. */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        if (rawQuery.length() > MAX_QUERY_STRING) {
            throw new IllegalArgumentException("query string must be at most " + MAX_QUERY_STRING + " characters");
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (expected one of "
                        + String.join(", ", List.of("q", "tactic", "state", "type", "evidence", "page", "size")) + ")");
            }
            if (parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("parameter '" + name + "' given more than once");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed percent-encoding in the query string");
        }
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
