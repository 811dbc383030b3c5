package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety proven at every step, without timing: {@code build} runs in a child JVM that halts
 * ({@code Runtime.halt}) right after one named {@link BuildStep}, on two small generated corpora A and B that it
 * alternately replaces each other with. After the halt the published site is byte for byte the previous one, or
 * the new one once the new site was moved in; then the next build is halted twice more during its recovery (at
 * the first and then the second step it reaches), and the site is still whole; the build after that succeeds and
 * leaves no sibling folder behind. The same for a build that stops on input errors, which also must leave its
 * report beside the site. Every step is halted at at least once.
 */
class BuildCrashPointsIT {
    private static final int PROFILES = Integer.getInteger("atlas.crashPointProfiles", 8);
    private static final List<BuildStep> FAILED_BUILD_STEPS = List.of(BuildStep.STAGING_CREATED,
            BuildStep.MARKER_WRITTEN, BuildStep.FAILED_REPORT_WRITTEN, BuildStep.FAILED_REPORT_MOVED);
    private static final List<String> FAILED_REPORT = List.of("site", "site.failed-build-report.html",
            "site.failed-build-report.json");

    @TempDir
    Path dir;
    private Path parent;
    private Path out;
    private ChildBuild builds;
    private final Set<String> haltedAt = new TreeSet<>();

    @Test
    void aBuildHaltedAfterAnyStepOrDuringRecoveryNeverDamagesTheSiteAndLeavesNothingBehind() throws Exception {
        parent = Files.createDirectories(dir.resolve("out"));
        out = parent.resolve("site");
        builds = new ChildBuild(dir.resolve("logs"), out);
        long start = System.nanoTime();
        Path[] corpus = {ChildBuild.corpus(dir.resolve("a"), PROFILES, 7), ChildBuild.corpus(dir.resolve("b"),
                PROFILES, 8)};
        List<Map<String, String>> sites = List.of(buildClean(corpus[0]), buildClean(corpus[1]));
        assertNotEquals(sites.get(0), sites.get(1), "the two corpora must give different sites");
        int current = 1;
        for (BuildStep step : buildSteps()) {
            int next = 1 - current;
            haltThenRecover(step, corpus[next], sites.get(current), sites.get(next));
            assertEquals(sites.get(next), buildClean(corpus[next]), "the build after " + step.id());
            current = next;
        }
        Path broken = withAnError(corpus[current]);
        for (BuildStep step : FAILED_BUILD_STEPS) {
            haltFailedBuild(step, broken, sites.get(current));
        }
        assertEquals(sites.get(1 - current), buildClean(corpus[1 - current]), "a good build after the failed ones");
        assertEquals(Arrays.stream(BuildStep.values()).map(BuildStep::id).sorted().toList(), List.copyOf(haltedAt),
                "every step halted at");
        System.out.printf("BuildCrashPointsIT: %d steps, %d child builds of %d profiles in %d ms%n",
                BuildStep.values().length, builds.runs(), PROFILES, (System.nanoTime() - start) / 1_000_000);
    }

    /** Halts a build of {@code seeds} at {@code step}, then its next two builds at their first and second step. */
    private void haltThenRecover(BuildStep step, Path seeds, Map<String, String> previous, Map<String, String> next)
            throws Exception {
        halt(seeds, step.id(), step.id());
        boolean published = step.compareTo(BuildStep.NEW_SITE_MOVED) >= 0;
        if (step == BuildStep.OLD_SITE_MOVED) {
            assertFalse(Files.exists(out), "between the two renames");
            assertEquals(previous, ChildBuild.digests(onlyBackup()), "the previous site, moved aside whole");
        } else {
            assertEquals(published ? next : previous, ChildBuild.digests(out), "site after a halt at " + step.id());
        }
        for (String nth : List.of("1", "2")) {
            halt(seeds, nth, null);
            assertEquals(published ? next : previous, ChildBuild.digests(out),
                    "site after a halt at " + step.id() + ", then at step " + nth + " of the next build");
        }
    }

    private void haltFailedBuild(BuildStep step, Path broken, Map<String, String> site) throws Exception {
        halt(broken, step.id(), step.id());
        assertEquals(site, ChildBuild.digests(out), "site after a failed build halted at " + step.id());
        halt(broken, "1", null);
        ChildBuild.Run run = builds.complete(broken);
        assertEquals(BuildStatus.INPUT_ERRORS.exitCode(), run.exitCode(), run.output());
        assertTrue(run.output().contains("was not replaced; every problem is listed in "), run.output());
        assertEquals(site, ChildBuild.digests(out), "site after a failed build");
        assertEquals(FAILED_REPORT, SiteFiles.names(parent), "beside the site after a failed build");
    }

    private void halt(Path seeds, String haltAt, String expectedStep) throws Exception {
        ChildBuild.Run run = builds.haltAt(seeds, haltAt);
        assertEquals(BuildStep.HALT_EXIT_CODE, run.exitCode(), "not halted at " + haltAt + ":\n" + run.output());
        if (expectedStep != null) {
            assertEquals(expectedStep, run.haltedAt(), run.output());
        }
        haltedAt.add(run.haltedAt());
    }

    private Map<String, String> buildClean(Path seeds) throws Exception {
        ChildBuild.Run run = builds.complete(seeds);
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(List.of("site"), SiteFiles.names(parent), "left beside the site");
        return ChildBuild.digests(out);
    }

    private Path onlyBackup() throws IOException {
        List<String> backups = SiteFiles.names(parent).stream().filter(n -> n.startsWith("site.old-")).toList();
        assertEquals(1, backups.size(), backups.toString());
        return parent.resolve(backups.getFirst());
    }

    /** The steps of a build that replaces a site, in order. */
    private static List<BuildStep> buildSteps() {
        return Arrays.stream(BuildStep.values()).filter(s -> s.compareTo(BuildStep.STAGING_CREATED) >= 0
                && s.compareTo(BuildStep.BACKUP_DELETED) <= 0).toList();
    }

    private Path withAnError(Path seeds) throws IOException {
        Path broken = Files.createDirectory(dir.resolve("broken"));
        for (String name : SiteFiles.names(seeds)) {
            Files.copy(seeds.resolve(name), broken.resolve(name));
        }
        Files.writeString(broken.resolve("zzz_empty.txt"), "");
        return broken;
    }
}
