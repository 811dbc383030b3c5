package org.demandatlas.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One page of a {@link PageType}: its site path, what it shows (the record its other output formats are written
 * from: the jurisdiction, state, tactic, partner or document of an entity's page; null for pages of the whole
 * site), its example name when it stands for its type in the browser tests and screenshots (null when it does
 * not; when no page of a type is named, the first stands for it), and its job, built lazily so that pages can be
 * built and rendered in parallel.
 */
record Page(String path, Object shown, String example, Supplier<PageJob> job) {
    Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(job, "job");
    }

    static Page of(String path, Supplier<PageJob> job) {
        return new Page(path, null, null, job);
    }

    Page showing(Object record) {
        return new Page(path, record, example, job);
    }

    Page asExample(String name) {
        return new Page(path, shown, name, job);
    }
}
