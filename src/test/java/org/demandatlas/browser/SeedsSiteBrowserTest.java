package org.demandatlas.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests on the seeds' site: one served site per JVM, one headless chromium per test class. */
abstract class SeedsSiteBrowserTest {
    static PageProbe probe;
    static AtlasSite site;

    @BeforeAll
    static void startBrowser() {
        Chromium.requireInstalled();
        site = AtlasSite.seeds();
        probe = new PageProbe(Chromium.start());
    }

    @AfterAll
    static void stopBrowser() {
        if (probe != null) {
            probe.driver().quit();
            probe = null;
        }
    }
}
