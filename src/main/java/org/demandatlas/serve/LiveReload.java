package org.demandatlas.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.DataFiles;
import org.demandatlas.text.JsonMappers;
import org.eclipse.jetty.util.Callback;

/**
 * The live reload of {@code serve --watch}: every HTML page served gets {@code <script src="/_atlas/live.js">}
 * (an external file, so the strict CSP holds), which listens to the server-sent events at {@value #EVENTS}:
 * {@code reload} after a build that replaced the site, {@code problems} (JSON: the build's problems) after one
 * that did not, shown over the page. A client that connects after a failed build gets its problems at once.
 */
public final class LiveReload implements AutoCloseable {
    static final String SCRIPT = Routes.LIVE_RELOAD + "live.js";
    static final String STYLE = Routes.LIVE_RELOAD + "live.css";
    static final String EVENTS = Routes.LIVE_RELOAD + "events";
    private static final byte[] TAG = ("<script src=\"" + SCRIPT + "\" defer></script>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.UTF_8);
    private static final long PING_SECONDS = 15;

    private final Set<EventClient> clients = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-reload-ping");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pinging = new AtomicBoolean();
    private volatile String lastProblems = "";

    /** A build replaced the site: every page reloads. */
    public void built() {
        lastProblems = "";
        broadcast("event: reload\ndata: {}\n\n");
    }

    /** A build stopped on problems (the site was left as it was): every page shows them. */
    public void failed(List<String> problems) {
        lastProblems = "event: problems\ndata: " + JsonMappers.plain().writeValueAsString(Map.of("problems", problems)) + "\n\n";
        broadcast(lastProblems);
    }

    int clients() {
        return clients.size();
    }

    /** The page with the script tag before {@code </head>} (unchanged when it has none). */
    byte[] addScript(byte[] html) {
        int at = indexOf(html, HEAD_END);
        if (at < 0) {
            return html;
        }
        byte[] out = new byte[html.length + TAG.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(TAG, 0, out, at, TAG.length);
        System.arraycopy(html, at, out, at + TAG.length, html.length - at);
        return out;
    }

    Map<String, Request.Handler> routes() {
        return Map.of(SCRIPT, file("live.js", "text/javascript; charset=utf-8"),
                STYLE, file("live.css", "text/css; charset=utf-8"), EVENTS, this::subscribe);
    }

    private boolean subscribe(Request request, Response response, Callback callback) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        Answers.noStore(response);
        if (pinging.compareAndSet(false, true)) { // a comment every 15 s finds the streams of closed pages
            pings.scheduleAtFixedRate(() -> broadcast(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        }
        EventClient client = new EventClient(response, callback);
        clients.add(client);
        String first = "retry: 1000\n\n" + lastProblems;
        pings.execute(() -> {
            if (!client.send(first)) {
                clients.remove(client);
            }
        }); // never block the thread that reads requests
        return true;
    }

    private void broadcast(String event) {
        for (EventClient client : clients) {
            if (!client.send(event)) {
                clients.remove(client);
            }
        }
    }

    private static Request.Handler file(String name, String type) {
        byte[] body = DataFiles.readBytes(LiveReload.class, name);
        return (request, response, callback) -> {
            Answers.noStore(response);
            Answers.bytes(request, response, callback, HttpStatus.OK_200, type, body);
            return true;
        };
    }

    private static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = text.length - part.length; i >= 0; i--) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Ends every event stream, so that the server can stop without waiting for them. */
    void endStreams() {
        clients.forEach(EventClient::end);
        clients.clear();
    }

    @Override
    public void close() {
        pings.shutdownNow();
        endStreams();
    }
}
