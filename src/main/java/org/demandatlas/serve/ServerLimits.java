package org.demandatlas.serve;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounds of {@link SiteServer}: a fixed pool of {@value #THREADS} worker threads with a queue of
 * {@value #QUEUE} requests (beyond that a connection is closed rather than a thread started), and the JDK server's
 * own limits, set as system properties before the first server starts unless the user set them
 * ({@code -Dsun.net.httpserver.…}): request headers at most 16 KiB and 100 fields, 30 s to send a request,
 * 120 s to take a response, 512 open connections.
 */
final class ServerLimits {
    static final int THREADS = 16;
    static final int QUEUE = 1_024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Map<String, String> JDK_LIMITS = Map.of(
            "sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES),
            "sun.net.httpserver.maxReqHeaders", "100",
            "sun.net.httpserver.maxReqTime", "30",
            "sun.net.httpserver.maxRspTime", "120",
            "sun.net.httpserver.maxConnections", "512");

    private ServerLimits() {
    }

    /** Sets the JDK server limits not already given on the command line. */
    static void applyJdkDefaults() {
        JDK_LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    static ExecutorService boundedExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), threads,
                new ThreadPoolExecutor.AbortPolicy());
    }
}
