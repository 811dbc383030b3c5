package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
    @Test
    void theWorkerPoolIsBounded() {
        QueuedThreadPool pool = ServerLimits.threadPool();
        assertEquals(32, pool.getMaxThreads());
        assertEquals(4, pool.getMinThreads());
        assertTrue(pool.isDaemon());
    }

    @Test
    void headersAreBoundedAndTheServerUnnamed() {
        HttpConfiguration http = ServerLimits.http();
        assertEquals(16 * 1024, http.getRequestHeaderSize());
        assertFalse(http.getSendServerVersion());
        assertFalse(http.getSendXPoweredBy());
    }
}
