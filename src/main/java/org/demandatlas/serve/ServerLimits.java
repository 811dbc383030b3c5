package org.demandatlas.serve;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The bounds of {@link SiteServer}: at most {@value #THREADS} worker threads with a queue of {@value #QUEUE} jobs
 * (beyond that a connection is closed rather than a thread started), request headers at most
 * {@value #MAX_HEADER_BYTES} bytes (431 beyond), {@value #MAX_CONNECTIONS} open connections (more wait to be
 * accepted), {@value #IDLE_MS} ms of silence before a connection is closed, no {@code Server} header.
 */
final class ServerLimits {
    static final int THREADS = 32;
    static final int MIN_THREADS = 4;
    static final int QUEUE = 1_024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_CONNECTIONS = 512;
    static final long IDLE_MS = 30_000;

    private ServerLimits() {
    }

    static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(THREADS, MIN_THREADS, 60_000,
                new BlockingArrayQueue<>(QUEUE, 0, QUEUE));
        pool.setName("serve");
        pool.setDaemon(true);
        return pool;
    }

    static HttpConfiguration http() {
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setHttpCompliance(HttpCompliance.RFC9110);
        return http;
    }
}
