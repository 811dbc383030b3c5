package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.demandatlas.text.JsonMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The scale bench at 1,000 profiles, the atlas alone (CI needs neither Hugo nor Pagefind): it completes, the child
 * build read every generated profile with the tactic count the generator wrote, and the table and JSON carry the
 * measurements. No timing is asserted: numbers belong to the bench.
 */
class BenchSmokeIT {
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void benchAtOneThousandProfilesReadsEveryProfile(@TempDir Path work) throws Exception {
        CommandRun run = CommandRun.of("bench", "--sizes", "1000", "--atlas-only", "--work", work.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| 1,000 | atlas build |"), run.out());
        assertTrue(run.out().contains("1,000 profiles: parsed 1000, missing 0, wrong tactic count 0"), run.out());
        JsonNode size = JsonMappers.plain().readTree(Files.readString(work.resolve("bench.json"))).path("sizes")
                .get(0);
        assertEquals(1000, size.path("profiles").asInt());
        assertEquals(1000, size.path("check").path("checked").asInt());
        assertEquals(0, size.path("check").path("missing").asInt());
        assertEquals(0, size.path("check").path("wrongTacticCount").asInt());
        JsonNode build = size.path("rows").get(0);
        assertEquals("atlas build", build.path("tool").asString());
        assertTrue(build.path("pages").asLong() > 1000, build.toString());
        assertEquals(1000, size.path("atlasSizes").path("kinds").path("profile-html").path("files").asLong());
        assertTrue(build.path("wallSeconds").asDouble() > 0, build.toString());
        assertTrue(build.path("liveP99Ms").asDouble() >= build.path("liveP50Ms").asDouble()
                && build.path("liveP50Ms").asDouble() > 0, "live search measured: " + build);
    }
}
