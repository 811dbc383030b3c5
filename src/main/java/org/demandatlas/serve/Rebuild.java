package org.demandatlas.serve;

import java.util.List;

/**
 * A full build of the site from the seeds, as {@code serve --watch} runs it after a seed changed (the build is
 * whole-atlas: state, tactic and partner pages and the search shards depend on every seed, so nothing smaller is
 * rebuilt). {@code serve} may not depend on {@code build}; the command line supplies it.
 */
@FunctionalInterface
public interface Rebuild {
    /** What a build did: whether it replaced the site, and its problems formatted for people. */
    record Outcome(boolean siteReplaced, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    Outcome run();
}
