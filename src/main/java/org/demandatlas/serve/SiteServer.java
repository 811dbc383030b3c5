package org.demandatlas.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP server for a built site folder, on the JDK's {@code com.sun.net.httpserver}: static files with
 * the right media types and security headers on every response, plus any extra routes (such as
 * {@code /api/search}). Binds to 127.0.0.1 unless told otherwise; port 0 picks a free port. Requests are answered
 * by a bounded pool of threads, and headers, connections and request times are bounded ({@link ServerLimits}).
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.builder(Path.of("site")).port(0).route("/api/search", handler).start()) {
 *     URI home = server.uri();
 * }
 * }</pre>
 */
public final class SiteServer implements AutoCloseable {
    /** Longest wait, on close, for requests under way. */
    public static final int DRAIN_SECONDS = 2;
    private final HttpServer server;
    private final ExecutorService executor;

    private SiteServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static Builder builder(Path siteDir) {
        return new Builder(siteDir);
    }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String host = server.getAddress().getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /**
     * Stops accepting connections, lets requests under way finish (waiting at most {@value #DRAIN_SECONDS} s),
     * then stops the worker threads.
     */
    @Override
    public void close() {
        server.stop(DRAIN_SECONDS);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Configures and starts a {@link SiteServer}. */
    public static final class Builder {
        private final Path siteDir;
        private final Map<String, HttpHandler> routes = new LinkedHashMap<>();
        private String host = "127.0.0.1";
        private int port = 8080;

        private Builder(Path siteDir) {
            this.siteDir = siteDir;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Answers requests under {@code path} (such as {@code /api/search}) with {@code handler}. */
        public Builder route(String path, HttpHandler handler) {
            if (!path.startsWith("/") || path.equals("/")) {
                throw new IllegalArgumentException("route must be a path below /: " + path);
            }
            routes.put(path, handler);
            return this;
        }

        /** Binds and starts serving; throws {@link IOException} when the folder or the address is unusable. */
        public SiteServer start() throws IOException {
            SitePathResolver resolver = new SitePathResolver(siteDir);
            ServerLimits.applyJdkDefaults();
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            secure(server.createContext("/", new StaticSiteHandler(resolver)));
            routes.forEach((path, handler) -> secure(server.createContext(path, handler)));
            ExecutorService executor = ServerLimits.boundedExecutor();
            server.setExecutor(executor);
            server.start();
            return new SiteServer(server, executor);
        }

        private static void secure(HttpContext context) {
            context.getFilters().add(new SecurityHeaders());
        }
    }
}
