package org.demandatlas.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client of a server-sent event stream: its lines, as they come. */
final class EventStream implements AutoCloseable {
    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    EventStream(URI uri) throws IOException, InterruptedException {
        response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofLines());
        reader = Thread.ofPlatform().daemon().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                lines.add("<closed>");
            }
        });
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    /** The first line starting with {@code prefix} within 10 s (lines before it are dropped). */
    String next(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' within 10 s");
    }

    @Override
    public void close() {
        reader.interrupt();
        client.shutdownNow();
    }
}
