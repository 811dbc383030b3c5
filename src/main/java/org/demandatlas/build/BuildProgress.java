package org.demandatlas.build;

/** Told how far the build is (from several threads); the terminal implementation draws a progress line. */
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
