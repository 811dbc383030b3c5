package org.demandatlas.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server for a built site folder, on Jetty's core server (chosen over the JDK's HttpServer by
 * measurement, see {@code docs/serve.md}): static files ({@link StaticSiteHandler}) with security headers on every
 * response ({@link SecurityHeaders}, {@link ErrorAnswers}), the API under {@code /api/} ({@link ApiRoutes}),
 * the profiles' Memento TimeGates and TimeMaps ({@link MementoHandler}) and any extra routes.
 * Binds to 127.0.0.1 unless told otherwise; port 0 picks a free port; bounded by {@link ServerLimits}.
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.builder(Path.of("site")).port(0).route("/api/search", handler).start()) {
 *     URI home = server.uri();
 * }
 * }</pre>
 */
public final class SiteServer implements AutoCloseable {
    /** Longest wait, on close, for requests under way. */
    public static final int DRAIN_SECONDS = 5;
    private final Server server;
    private final ServerConnector connector;
    private final SiteContent content;

    private SiteServer(Server server, ServerConnector connector, SiteContent content) {
        this.server = server;
        this.connector = connector;
        this.content = content;
    }

    public static Builder builder(Path siteDir) {
        return new Builder(siteDir);
    }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String host = connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Forgets every remembered file and path: the next request reads the site folder again. */
    public void siteChanged() {
        content.clear();
    }

    /**
     * Stops accepting connections, lets requests under way finish (waiting at most {@value #DRAIN_SECONDS} s),
     * then stops the worker threads.
     */
    @Override
    public void close() {
        content.liveReload().ifPresent(LiveReload::endStreams);
        try {
            server.stop();
        } catch (java.util.concurrent.TimeoutException e) {
            // requests still under way after DRAIN_SECONDS were cut off: the server is stopped all the same
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server: " + e.getMessage(), e);
        }
    }

    /** Configures and starts a {@link SiteServer}. */
    public static final class Builder {
        private final Path siteDir;
        private final Map<String, Request.Handler> routes = new LinkedHashMap<>();
        private String host = "127.0.0.1";
        private int port = 8080;
        private Optional<LiveReload> liveReload = Optional.empty();

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

        /** Answers requests for {@code path} and below (such as {@code /api/search}) with {@code handler}. */
        public Builder route(String path, Request.Handler handler) {
            if (!path.startsWith("/") || path.equals("/") || path.endsWith("/")) {
                throw new IllegalArgumentException("route must be a path below / without a final slash: " + path);
            }
            routes.put(path, handler);
            return this;
        }

        /** Adds the live-reload script to every page and its event stream ({@code serve --watch}). */
        public Builder liveReload(LiveReload events) {
            this.liveReload = Optional.of(events);
            return this;
        }

        /** Binds and starts serving; throws {@link IOException} when the folder or the address is unusable. */
        public SiteServer start() throws IOException {
            SiteContent content = new SiteContent(new SitePathResolver(siteDir), liveReload);
            Server server = new Server(ServerLimits.threadPool());
            ServerConnector connector = new ServerConnector(server, 1, 1,
                    new HttpConnectionFactory(ServerLimits.http()));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(ServerLimits.IDLE_MS);
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(ServerLimits.MAX_CONNECTIONS, server));
            server.setErrorHandler(new ErrorAnswers());
            Map<String, Request.Handler> all = new LinkedHashMap<>(routes);
            MementoHandler.routes(siteDir).forEach(all::putIfAbsent);
            server.setHandler(new GracefulHandler(new SecurityHeaders(new RequestRouter(all, content))));
            server.setStopTimeout(DRAIN_SECONDS * 1000L);
            server.setStopAtShutdown(false);
            start(server);
            return new SiteServer(server, connector, content);
        }

        /** Starts Jetty; a port in use is a {@link BindException}, as with any Java server socket. */
        private static void start(Server server) throws IOException {
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof BindException bind) {
                        throw bind;
                    }
                }
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }

        private static void stopQuietly(Server server) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is the one to report
            }
        }
    }
}
