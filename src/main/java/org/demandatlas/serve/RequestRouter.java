package org.demandatlas.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Picks who answers a request: {@link ApiRoutes} for anything under {@code /api/}, an extra route for its path and
 * the paths below it, the live-reload files under {@code /_atlas/} when watching, else the site's files.
 */
final class RequestRouter extends Handler.Abstract.NonBlocking {
    private final Map<String, Request.Handler> routes = new LinkedHashMap<>();
    private final ApiRoutes api;
    private final SiteContent content;

    RequestRouter(Map<String, Request.Handler> extra, SiteContent content) {
        Map<String, Request.Handler> apiRoutes = new LinkedHashMap<>();
        extra.forEach((path, handler) -> (path.startsWith(ApiRoutes.PREFIX) ? apiRoutes : routes).put(path, handler));
        content.liveReload().ifPresent(live -> routes.putAll(live.routes()));
        this.api = new ApiRoutes(apiRoutes);
        this.content = content;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path.startsWith(ApiRoutes.PREFIX)) {
            return api.handle(request, response, callback);
        }
        for (Map.Entry<String, Request.Handler> route : routes.entrySet()) {
            if (path.equals(route.getKey()) || path.startsWith(route.getKey() + "/")) {
                return route.getValue().handle(request, response, callback);
            }
        }
        return content.handler().handle(request, response, callback);
    }
}
