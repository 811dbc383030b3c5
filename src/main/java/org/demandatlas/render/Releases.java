package org.demandatlas.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.ReleaseChanges;
import org.demandatlas.model.ReleaseChanges.JurisdictionChange;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.model.ReleaseHistory.ArchivedProfile;

/**
 * The release history as pages ask it, indexed once: the current release, each jurisdiction's latest change and
 * its archived versions. Without a history (a site rendered outside a build) every answer is empty.
 */
final class Releases {
    private final ReleaseHistory history;
    private final Map<String, Latest> latest = new HashMap<>();
    private final Map<String, List<ArchivedProfile>> archived = new HashMap<>();

    /** A jurisdiction's change in the newest release that changed it. */
    record Latest(ReleaseChanges release, JurisdictionChange change) {
    }

    Releases(ReleaseHistory history) {
        this.history = history;
        if (history != null) {
            for (ReleaseChanges release : history.changes().reversed()) {
                release.changes().forEach(c -> latest.put(c.id(), new Latest(release, c)));
            }
            for (ArchivedProfile profile : history.archived().stream().filter(a -> a.sameAs() == null).toList()) {
                archived.computeIfAbsent(profile.jurisdiction().id(), id -> new java.util.ArrayList<>()).add(profile);
            }
        }
    }

    Optional<ReleaseHistory> findHistory() {
        return Optional.ofNullable(history);
    }

    /** The current release's id, when the site has a history. */
    Optional<String> findCurrentId() {
        return findHistory().map(h -> h.current().id());
    }

    Optional<Latest> findLatestChange(String jurisdictionId) {
        return Optional.ofNullable(latest.get(jurisdictionId));
    }

    /** The archived versions of a jurisdiction (each page once, not the releases that point to it), oldest first. */
    List<ArchivedProfile> archivedOf(String jurisdictionId) {
        return archived.getOrDefault(jurisdictionId, List.of());
    }
}
