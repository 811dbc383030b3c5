package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.serve.Rebuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builds of serve --watch: a site when the seeds are good, the problems (and the old site) when not. */
class WatchModeTest {
    private static final Path BASE = Path.of(System.getProperty("atlas.basedir", "."));

    @Test
    void buildsTheSiteThenReportsTheProblemsOfABadSeed(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path site = dir.resolve("site");
        Files.copy(BASE.resolve("seeds/000_23610c0101512601.txt"), seeds.resolve("000_23610c0101512601.txt"));
        StringWriter err = new StringWriter();
        Rebuild rebuild = WatchMode.rebuild(seeds, site, new PrintWriter(err));

        Rebuild.Outcome good = rebuild.run();
        assertTrue(good.siteReplaced(), good.problems().toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));

        Files.copy(BASE.resolve("src/test/resources/bad-inputs/bad-type.txt"), seeds.resolve("bad-type.txt"));
        Rebuild.Outcome bad = rebuild.run();
        assertFalse(bad.siteReplaced());
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("bad-type.txt") && p.contains("error")),
                bad.problems().toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "the previous site is kept");
        assertEquals(bad.problems(), err.toString().lines().filter(l -> !l.isBlank()).toList());
    }
}
