package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI variant of the soak ({@code serve-bench --soak 600} is the real one): 20 s of pages and searches from 16
 * clients on the seeds' site; not one error, and the open file descriptors back where they were once the server
 * stopped. Speed is printed, not asserted.
 */
class ServeSoakIT {
    @TempDir
    Path dir;

    @Test
    void twentySecondsOfMixedLoadWithoutAnErrorOrALeakedFile() throws Exception {
        Path site = SeedsSite.buildInto(dir);
        LoadTest.run(site, 200, 4); // class loading, JIT and thread pools before the first count
        Optional<ProcessStats> before = ProcessStats.now();

        LoadTest.Result result = LoadTest.runFor(site, Duration.ofSeconds(20), 16);

        Optional<ProcessStats> after = ProcessStats.now();
        System.out.println("ServeSoakIT: " + result.summary() + before.map(b -> "; open files " + b.openFiles()
                + " before, " + after.orElseThrow().openFiles() + " after").orElse(""));
        assertEquals(0, result.errors(), result.summary());
        assertTrue(result.requests() > 0, result.summary());
        if (before.isPresent()) {
            assertTrue(after.orElseThrow().openFiles() <= before.get().openFiles() + 2,
                    "file descriptors leaked: " + before.get().openFiles() + " → " + after.get().openFiles());
        }
    }
}
