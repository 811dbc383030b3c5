package org.demandatlas.build;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named steps a build passes on disk, in the order it passes them, so that a crash test can stop the process
 * right after any one of them. Recovery (what the next build does with a killed build's leftovers) comes first,
 * then the site is staged, swapped in and the previous one deleted; a build that stops on the seeds' errors passes
 * the staging steps and then the two {@code failed-report-…} steps instead.
 *
 * <p>Test-only switch, read here and nowhere else: {@code -Datlas.test.haltAt=STEP} halts the JVM
 * ({@link Runtime#halt}, no shutdown hooks, no finally blocks: as close to {@code kill -9} as a JVM gets) with exit
 * code {@value #HALT_EXIT_CODE} the first time STEP is reached; {@code -Datlas.test.haltAt=N} halts at the N-th
 * step reached, whichever it is. Unset, {@link #reached()} does nothing.
 */
enum BuildStep {
    /** Recovery: the first file of a leftover staging folder was deleted (its markers go last). */
    LEFTOVER_DELETING,
    /** Recovery: one leftover staging folder is gone. */
    LEFTOVER_DELETED,
    /** Recovery: the previous site, moved aside by a build killed between its two renames, is back in place. */
    BACKUP_RESTORED,
    /** {@code OUT.tmp-T} exists, still empty. */
    STAGING_CREATED,
    /** {@code OUT.tmp-T/.demand-atlas-staging} written. */
    MARKER_WRITTEN,
    /** {@code data/} (all.json, CSV, the release history) and build-report.json written into the staging folder. */
    DATA_WRITTEN,
    /** Every HTML page, build-report.html and the assets written. */
    PAGES_WRITTEN,
    /** The static search shards {@code search/*.js} written: the staged site is complete. */
    SEARCH_WRITTEN,
    /** The staging marker deleted; the staging folder is still known as ours by {@code data/all.json}. */
    MARKER_REMOVED,
    /** {@code OUT} renamed to {@code OUT.old-T} (skipped when there was no previous site). */
    OLD_SITE_MOVED,
    /** {@code OUT.tmp-T} renamed to {@code OUT}: the new site is published. */
    NEW_SITE_MOVED,
    /** The previous site renamed from {@code OUT.old-T} to a fresh staging name, so it is never put back (also
     *  in recovery, when {@code OUT} is there). */
    BACKUP_RENAMED,
    /** The first file of the previous site was deleted (its {@code data/all.json} goes last). */
    BACKUP_DELETING,
    /** The previous site is gone. */
    BACKUP_DELETED,
    /** A failed build: its report files are complete in the staging folder. */
    FAILED_REPORT_WRITTEN,
    /** A failed build: its report files were renamed to their place beside the site. */
    FAILED_REPORT_MOVED;

    /** The exit code of a JVM halted by the switch. */
    static final int HALT_EXIT_CODE = 86;
    private static final String HALT_PROPERTY = "atlas.test.haltAt";
    private static final String HALT_AT = System.getProperty(HALT_PROPERTY, "");
    private static final AtomicInteger PASSED = new AtomicInteger();

    static {
        if (!HALT_AT.isEmpty() && !HALT_AT.matches("[1-9][0-9]*")
                && Arrays.stream(values()).noneMatch(step -> step.id().equals(HALT_AT))) {
            throw new IllegalArgumentException(HALT_PROPERTY + "=" + HALT_AT + " names no build step (expected a "
                    + "number or one of " + Arrays.stream(values()).map(BuildStep::id).toList() + ")");
        }
    }

    /** The step's name as the switch and the docs spell it: {@code marker-removed}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Marks the step as passed; halts here when the test switch says so. */
    void reached() {
        if (HALT_AT.isEmpty()) {
            return;
        }
        int passed = PASSED.incrementAndGet();
        if (HALT_AT.equals(id()) || HALT_AT.equals(Integer.toString(passed))) {
            System.err.println("build: halted at step " + passed + ", " + id() + " (" + HALT_PROPERTY + ")");
            System.err.flush();
            Runtime.getRuntime().halt(HALT_EXIT_CODE);
        }
    }
}
