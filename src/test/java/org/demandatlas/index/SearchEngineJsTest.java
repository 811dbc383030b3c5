package org.demandatlas.index;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The unit tests of the browser search engine ({@code src/test/js/search-engine.test.js}, under {@code node --test}),
 * run with the Java tests so that {@code verify} runs them; skipped with one line without node, except on CI.
 */
class SearchEngineJsTest {
    @Test
    void engineUnitTestsPassUnderNode() throws IOException, InterruptedException {
        NodeRunner.requireNode();
        NodeRunner.runTests(NodeRunner.basedir().resolve("src/test/js/search-engine.test.js"));
    }
}
