package org.demandatlas.render.page;

import java.util.List;

/**
 * A profile's place in the release history: the newest release that changed it (null when none did), what
 * changed, and its archived versions (as it stood in earlier releases), oldest first.
 */
public record ReleaseNote(String changedIn, List<String> changes, Link changesPage, List<Link> versions) {
    public ReleaseNote {
        changes = List.copyOf(changes);
        versions = List.copyOf(versions);
    }

    public boolean shown() {
        return changedIn != null || !versions.isEmpty();
    }
}
