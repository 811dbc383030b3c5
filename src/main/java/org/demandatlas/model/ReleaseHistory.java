package org.demandatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The releases of the data up to this build (oldest first; the current one is the last, or an earlier one when
 * the data went back to it), what changed in each (newest
 * first) and the archived profiles: a jurisdiction as it stood in an earlier release, kept only where it differs
 * from the current data (so history does not multiply the site).
 */
public record ReleaseHistory(List<Release> releases, String currentId, List<ReleaseChanges> changes,
                             List<ArchivedProfile> archived) {
    public ReleaseHistory {
        releases = List.copyOf(releases);
        changes = List.copyOf(changes);
        archived = List.copyOf(archived);
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("a history has at least the current release");
        }
        String id = currentId;
        if (releases.stream().noneMatch(r -> r.id().equals(id))) {
            throw new IllegalArgumentException("the current release " + id + " is not in the history");
        }
    }

    /**
     * A jurisdiction as release {@code release} held it, with its tactic evidence; {@code sameAs} is the id of the
     * latest later release that held the very same version (its page shows it; this release's only points there),
     * or null when this release is the last that held it.
     */
    public record ArchivedProfile(Release release, Jurisdiction jurisdiction, List<TacticEvidence> evidence,
                                  String sameAs) {
        public ArchivedProfile {
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            evidence = List.copyOf(evidence);
        }
    }

    public Release current() {
        return findRelease(currentId).orElseThrow();
    }

    public Optional<Release> findRelease(String id) {
        return releases.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
