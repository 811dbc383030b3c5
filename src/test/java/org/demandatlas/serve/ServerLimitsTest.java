package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
    @Test
    void theWorkerPoolIsBounded() {
        ThreadPoolExecutor executor = (ThreadPoolExecutor) ServerLimits.boundedExecutor();
        try {
            assertEquals(16, executor.getMaximumPoolSize());
            assertEquals(1_024, executor.getQueue().remainingCapacity());
            assertEquals(ThreadPoolExecutor.AbortPolicy.class, executor.getRejectedExecutionHandler().getClass());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void jdkLimitsAreSetUnlessTheUserGaveThem() {
        String name = "sun.net.httpserver.maxReqHeaders";
        String before = System.getProperty(name);
        try {
            System.setProperty(name, "7");
            ServerLimits.applyJdkDefaults();
            assertEquals("7", System.getProperty(name));
            System.clearProperty(name);
            ServerLimits.applyJdkDefaults();
            assertEquals("100", System.getProperty(name));
            assertEquals("16384", System.getProperty("sun.net.httpserver.maxReqHeaderSize"));
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
