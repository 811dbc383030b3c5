package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test with a real {@code kill -9} (SIGKILL, not the halt switch): a build replacing site A by site B is
 * killed after a share of the time a full build took. Whenever the kill lands (or if the build ended first, on a
 * fast or a slow machine), the site must be byte for byte A or B, and the next build must succeed and leave no
 * sibling behind. The proof for each step is {@link BuildCrashPointsIT}; this checks the real signal.
 */
class BuildKillIT {
    private static final int PROFILES = Integer.getInteger("atlas.killProfiles", 200);

    @TempDir
    Path dir;

    @Test
    void aBuildKilledAtAnyMomentLeavesOneWholeSiteAndTheNextBuildCleansUp() throws Exception {
        Path a = ChildBuild.corpus(dir.resolve("a"), PROFILES, 7);
        Path b = ChildBuild.corpus(dir.resolve("b"), PROFILES, 8);
        Path parent = Files.createDirectories(dir.resolve("out"));
        Path out = parent.resolve("site");
        ChildBuild builds = new ChildBuild(dir.resolve("logs"), out);
        assertEquals(0, builds.complete(b).exitCode(), "build B");
        Map<String, String> siteB = ChildBuild.digests(out);
        long start = System.nanoTime();
        assertEquals(0, builds.complete(a).exitCode(), "build A");
        long fullMs = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> siteA = ChildBuild.digests(out);

        long killAfter = fullMs * 3 / 4;
        ChildBuild.Run killed = builds.killAfter(b, killAfter);
        List<String> leftBehind = SiteFiles.names(parent);
        Map<String, String> after = ChildBuild.digests(Files.exists(out) ? out : movedAside(parent, leftBehind));
        System.out.printf("BuildKillIT: full build of %d profiles %d ms; killed after %d ms: %s; beside: %s%n",
                PROFILES, fullMs, killAfter, killed.exitCode() == ChildBuild.KILLED ? "killed" : "had ended",
                leftBehind);
        assertTrue(after.equals(siteA) || after.equals(siteB), "neither site A nor B whole: " + leftBehind);

        assertEquals(0, builds.complete(b).exitCode(), "the build after the kill");
        assertEquals(List.of("site"), SiteFiles.names(parent), "left behind before: " + leftBehind);
        assertEquals(siteB, ChildBuild.digests(out), "the same seeds give the same site");
    }

    /** Killed between the two renames: the previous site is the one backup, whole. */
    private static Path movedAside(Path parent, List<String> names) {
        List<String> backups = names.stream().filter(n -> n.startsWith("site.old-")).toList();
        assertEquals(1, backups.size(), "no site and not one backup: " + names);
        return parent.resolve(backups.getFirst());
    }
}
