package org.demandatlas.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.routes.Routes;
import org.demandatlas.serve.ProfileVersions.Version;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A profile's Memento TimeGate and TimeMap (RFC 7089) at {@code /timegate/ct/hartford/} and
 * {@code /timemap/ct/hartford/}. The TimeMap ({@code application/link-format}) names the original, the TimeGate,
 * itself and each archived page with its datetime. The TimeGate answers {@code 302} to the version held at the
 * {@code Accept-Datetime} (the newest one dated at or before it; the oldest when the datetime is earlier than all;
 * the current page when it is that version, or when no datetime is asked), with {@code Vary: accept-datetime};
 * a datetime that is not an HTTP date is a 400.
 */
final class MementoHandler implements Request.Handler {
    static final String LINK_FORMAT = "application/link-format";
    private final ProfileVersions versions;

    MementoHandler(Path root) {
        this.versions = new ProfileVersions(root);
    }

    /** The two routes, for {@link SiteServer.Builder#route}. */
    static Map<String, Request.Handler> routes(Path root) {
        MementoHandler handler = new MementoHandler(root);
        return Map.of(Routes.TIMEGATE, handler, Routes.TIMEMAP, handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        boolean gate = path.startsWith(Routes.TIMEGATE + "/");
        String profile = path.substring((gate ? Routes.TIMEGATE : Routes.TIMEMAP).length());
        Optional<String> id = RouteMatcher.routeOf(profile).filter("jurisdiction"::equals)
                .map(route -> profile.substring(1, profile.length() - 1));
        List<Version> known = id.isPresent() ? versions.of(id.get()) : List.of();
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Answers.text(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Method not allowed");
        } else if (known.isEmpty()) {
            Answers.text(request, response, callback, HttpStatus.NOT_FOUND_404, "No versions of " + profile
                    + " (a TimeGate and a TimeMap exist for every profile with a release: /timegate/ST/NAME/)");
        } else if (gate) {
            timegate(request, response, callback, id.get(), known);
        } else {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, CachePolicy.REVALIDATE);
            Answers.bytes(request, response, callback, HttpStatus.OK_200, LINK_FORMAT,
                    timemap(id.get(), known).getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    private static void timegate(Request request, Response response, Callback callback, String id,
                                 List<Version> known) {
        String asked = request.getHeaders().get("Accept-Datetime");
        long millis = asked == null ? Long.MAX_VALUE : DateParser.parseDate(asked);
        response.getHeaders().put(HttpHeader.VARY, "accept-datetime");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, CachePolicy.REVALIDATE);
        if (millis < 0) {
            Answers.text(request, response, callback, HttpStatus.BAD_REQUEST_400, "Accept-Datetime must be an "
                    + "HTTP date, as in \"Accept-Datetime: Wed, 11 Jan 2017 00:00:00 GMT\" (RFC 7089)");
            return;
        }
        Version chosen = select(known, millis);
        response.getHeaders().put(HttpHeader.LOCATION, chosen.path());
        response.getHeaders().put("Link", "<" + Routes.jurisdiction(id) + ">; rel=\"original\", <"
                + Routes.timemap(id) + ">; rel=\"timemap\"; type=\"" + LINK_FORMAT + "\"");
        Answers.text(request, response, callback, HttpStatus.FOUND_302, "Found: " + chosen.path());
    }

    /** The newest version dated at or before {@code millis}, else the oldest. */
    static Version select(List<Version> known, long millis) {
        Version chosen = known.getFirst();
        for (Version version : known) {
            if (version.datetime().toEpochMilli() <= millis) {
                chosen = version;
            }
        }
        return chosen;
    }

    static String timemap(String id, List<Version> known) {
        List<Version> mementos = known.stream().filter(v -> !v.current()).toList();
        List<String> links = new ArrayList<>();
        links.add("<" + Routes.jurisdiction(id) + ">; rel=\"original\"");
        links.add("<" + Routes.timegate(id) + ">; rel=\"timegate\"");
        String self = "<" + Routes.timemap(id) + ">; rel=\"self\"; type=\"" + LINK_FORMAT + "\"";
        links.add(mementos.isEmpty() ? self : self + "; from=\"" + http(mementos.getFirst().datetime())
                + "\"; until=\"" + http(mementos.getLast().datetime()) + "\"");
        for (int i = 0; i < mementos.size(); i++) {
            String rel = (i == 0 ? "first " : "") + (i == mementos.size() - 1 ? "last " : "") + "memento";
            links.add("<" + mementos.get(i).path() + ">; rel=\"" + rel + "\"; datetime=\""
                    + http(mementos.get(i).datetime()) + "\"");
        }
        return String.join(",\n", links) + "\n";
    }

    static String http(Instant instant) {
        return DateGenerator.formatDate(instant);
    }
}
