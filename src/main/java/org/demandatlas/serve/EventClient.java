package org.demandatlas.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Response;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.util.Callback;

/** One open server-sent event stream; writes one event at a time and ends the request when the client is gone. */
final class EventClient {
    private static final long WRITE_SECONDS = 10;
    private final Response response;
    private final Callback done;
    private boolean ended;

    EventClient(Response response, Callback done) {
        this.response = response;
        this.done = done;
    }

    /** Sends an event; false (and the stream ended) when the client no longer listens. */
    synchronized boolean send(String event) {
        if (ended) {
            return false;
        }
        try {
            FutureCallback written = new FutureCallback();
            response.write(false, ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)), written);
            written.get(WRITE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            done.failed(e);
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            ended = true;
            done.failed(e);
            return false;
        }
    }

    synchronized void end() {
        if (!ended) {
            ended = true;
            response.write(true, null, done);
        }
    }
}
