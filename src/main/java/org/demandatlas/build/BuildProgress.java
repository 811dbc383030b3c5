package org.demandatlas.build;

/** Told how far the build is; the terminal implementation draws a progress line, the others stay silent. */
public interface BuildProgress {
    BuildProgress SILENT = new BuildProgress() {
    };

    default void started(int total) {
    }

    default void advanced(int done) {
    }

    default void finished() {
    }
}
