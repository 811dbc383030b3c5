package org.demandatlas.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the files of a site folder: GET and HEAD only (405 otherwise), request URIs of bounded length (414),
 * folder URLs answered with their {@code index.html} (redirected when the slash is missing), never a listing,
 * and the site's own {@code 404.html} with status 404 for anything else.
 */
final class StaticSiteHandler implements HttpHandler {
    static final int MAX_URI_LENGTH = 2048;
    private static final String TEXT = "text/plain; charset=utf-8";
    private final SitePathResolver resolver;
    private final ContentTypes types = new ContentTypes();

    StaticSiteHandler(SitePathResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (exchange.getRequestURI().toString().length() > MAX_URI_LENGTH) {
                sendText(exchange, 414, "URI too long");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed");
            } else {
                answer(exchange, resolver.resolve(exchange.getRequestURI().getRawPath()));
            }
        }
    }

    private void answer(HttpExchange exchange, SitePathResolver.Resolution resolution) throws IOException {
        switch (resolution) {
            case SitePathResolver.Resolution.SendFile send -> sendFile(exchange, 200, send.file());
            case SitePathResolver.Resolution.Redirect redirect -> {
                exchange.getResponseHeaders().set("Location", redirect.location());
                sendText(exchange, 301, "Moved to " + redirect.location());
            }
            case SitePathResolver.Resolution.NotFound notFound -> sendNotFound(exchange);
        }
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        Path page = resolver.root().resolve("404.html");
        if (Files.isRegularFile(page)) {
            sendFile(exchange, 404, page);
        } else {
            sendText(exchange, 404, "Not found");
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", types.of(file.getFileName().toString()));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, Files.readAllBytes(file));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TEXT);
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
