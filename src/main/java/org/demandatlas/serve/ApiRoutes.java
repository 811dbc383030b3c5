package org.demandatlas.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.DataFiles;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Everything under {@code /api/}: open to every origin (CORS: {@code Access-Control-Allow-Origin: *}, no
 * credentials, preflight {@code OPTIONS} answered with 204), GET and HEAD only (405 otherwise), the OpenAPI 3.1
 * description at {@value #OPENAPI}, the routes given (such as {@code /api/search}), and a JSON 404 for any other
 * path; every error body is an {@link ApiError}.
 */
final class ApiRoutes implements Request.Handler {
    static final String PREFIX = Routes.API;
    static final String OPENAPI = Routes.API_DESCRIPTION;
    static final String METHODS = "GET, HEAD, OPTIONS";
    private static final byte[] OPENAPI_JSON = DataFiles.readBytes(ApiRoutes.class, "openapi.json");

    private final Map<String, Request.Handler> routes;

    ApiRoutes(Map<String, Request.Handler> routes) {
        this.routes = new LinkedHashMap<>(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        Request.Handler route = routes.get(path);
        if (HttpMethod.OPTIONS.is(method)) {
            preflight(response, callback);
        } else if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, METHODS);
            error(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "only GET and HEAD are allowed");
        } else if (path.equals(OPENAPI)) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, CachePolicy.SHORT);
            Answers.json(request, response, callback, HttpStatus.OK_200, OPENAPI_JSON);
        } else if (route != null) {
            return route.handle(request, response, callback);
        } else {
            error(request, response, callback, HttpStatus.NOT_FOUND_404,
                    "no such resource; try " + Routes.API_SEARCH + "?q=… (described at " + OPENAPI + ")");
        }
        return true;
    }

    private static void preflight(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.ALLOW, METHODS);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
        Answers.empty(response, callback, HttpStatus.NO_CONTENT_204);
    }

    static void error(Request request, Response response, Callback callback, int status, String message) {
        Answers.noStore(response);
        Answers.json(request, response, callback, status, ApiError.of(message).toJson());
    }
}
