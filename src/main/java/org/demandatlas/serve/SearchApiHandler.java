package org.demandatlas.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchService;
import org.demandatlas.index.SearchSort;
import org.demandatlas.model.Atlas;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/search?q=…&tactic=…&state=…&type=…&evidence=…&kind=…&sort=…&explain=…&page=…&size=…}: the live
 * search as JSON (a filter takes comma-separated values: {@code state=CT,NY})
 * ({@link SearchJson}; described in {@code openapi.json}). A bad, repeated, unknown or oversized parameter gets 400
 * with an {@link ApiError} naming it; the search itself never fails on any text. One {@link SearchService} answers
 * every request until {@link #reload()} swaps in one built from the site's data again; the answers to recent
 * queries are kept ({@link ResultCache}).
 */
public final class SearchApiHandler implements Request.Handler {
    public static final String PATH = Routes.API_SEARCH;
    static final int MAX_QUERY_STRING = 4096;
    static final List<String> PARAMETERS = List.of("q", "tactic", "state", "type", "evidence", "kind", "sort",
            "explain", "page", "size");

    private final AtomicReference<Searcher> searcher;
    private final Optional<Path> site;
    private final boolean cached;

    /** A search service and the answers it gave, replaced together on {@link #reload()}. */
    private record Searcher(SearchService service, ResultCache answers) {
    }

    public SearchApiHandler(SearchService service) {
        this(service, Optional.empty(), true);
    }

    private SearchApiHandler(SearchService service, Optional<Path> site, boolean cached) {
        this.searcher = new AtomicReference<>(new Searcher(service, new ResultCache(cached)));
        this.site = site;
        this.cached = cached;
    }

    /** The same handler without its cache of answers: every request is searched (for benchmarks). */
    public SearchApiHandler uncached() {
        return new SearchApiHandler(searcher.get().service(), site, false);
    }

    /**
     * The handler for a built site: its {@code data/all.json} read and indexed at start-up. The index lives in
     * memory unless {@code indexDir} is given, where it is (re)written instead.
     */
    public static SearchApiHandler forSite(Path site, Optional<Path> indexDir) throws IOException {
        return new SearchApiHandler(service(site, indexDir), Optional.of(site), true);
    }

    private static SearchService service(Path site, Optional<Path> indexDir) throws IOException {
        Atlas atlas = AtlasJsonFile.read(site.resolve(DataFile.ALL_JSON.file()));
        AtlasIndexer indexer = new AtlasIndexer();
        AtlasIndex index = indexDir.isPresent() ? indexer.build(atlas, indexDir.get()) : indexer.build(atlas);
        return new SearchService(index);
    }

    /** Indexes the site's {@code data/all.json} again (after a rebuild); searches under way finish on the old one. */
    public void reload() throws IOException {
        if (site.isPresent()) {
            searcher.set(new Searcher(service(site.get(), Optional.empty()), new ResultCache(cached)));
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SearchQuery query;
        try {
            query = query(parameters(request.getHttpURI().getQuery()));
        } catch (InvalidParameter e) {
            Answers.noStore(response);
            Answers.json(request, response, callback, HttpStatus.BAD_REQUEST_400, e.error().toJson());
            return true;
        }
        Answers.noStore(response);
        try {
            Searcher current = searcher.get();
            byte[] json = current.answers().answer(query, q -> SearchJson.write(current.service().search(q)));
            Answers.json(request, response, callback, HttpStatus.OK_200, json);
        } catch (RuntimeException e) {
            ApiRoutes.error(request, response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error");
        }
        return true;
    }

    /** A parameter the API refuses, and why. */
    static final class InvalidParameter extends IllegalArgumentException {
        private final transient ApiError error;

        InvalidParameter(String parameter, String message) {
            super(message);
            this.error = parameter == null ? ApiError.of(message) : ApiError.of(message, parameter);
        }

        ApiError error() {
            return error;
        }
    }

    /** The query the parameters ask for, each checked on its own so that an error names the one at fault. */
    static SearchQuery query(Map<String, String> parameters) {
        SearchQuery query = step(SearchQuery.of(""), "q", q -> SearchQuery.of(parameters.get("q")));
        query = step(query, "tactic", q -> q.withTactic(parameters.get("tactic")));
        query = step(query, "state", q -> q.withState(parameters.get("state")));
        query = step(query, "type", q -> q.withType(parameters.get("type")));
        query = step(query, "evidence", q -> q.withEvidence(parameters.get("evidence")));
        query = step(query, "kind", q -> q.withKind(parameters.get("kind")));
        query = step(query, "sort", q -> q.withSort(SearchSort.parse(parameters.get("sort"))));
        query = step(query, "explain", q -> q.withExplain(flag(parameters.get("explain"))));
        int page = number(parameters, "page", 1);
        int size = number(parameters, "size", SearchQuery.DEFAULT_PAGE_SIZE);
        query = step(query, "page", q -> q.withPage(page, SearchQuery.DEFAULT_PAGE_SIZE));
        return step(query, "size", q -> q.withPage(page, size));
    }

    private static boolean flag(String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("explain must be true or false, was '" + value + "'");
    }

    private static SearchQuery step(SearchQuery query, String parameter, UnaryOperator<SearchQuery> change) {
        try {
            return change.apply(query);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, e.getMessage());
        }
    }

    private static int number(Map<String, String> parameters, String name, int fallback) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,4}")) {
            throw new InvalidParameter(name, name + " must be a whole number");
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
            throw new InvalidParameter(null, "query string must be at most " + MAX_QUERY_STRING + " characters");
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
            if (!PARAMETERS.contains(name)) {
                throw new InvalidParameter(name, "unknown parameter '" + name + "' (expected one of "
                        + String.join(", ", PARAMETERS) + ")");
            }
            if (parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1), name)) != null) {
                throw new InvalidParameter(name, "parameter '" + name + "' given more than once");
            }
        }
        return parameters;
    }

    private static String decode(String text, String parameter) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, "malformed percent-encoding in the query string");
        }
    }
}
