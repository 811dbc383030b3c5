package org.demandatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * What changed from release {@code previous} to release {@code release}: one entry per jurisdiction that was
 * added, removed or changed, sorted by jurisdiction id.
 */
public record ReleaseChanges(String release, String dataDate, String previous, List<JurisdictionChange> changes) {
    public ReleaseChanges {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(previous, "previous");
        changes = List.copyOf(changes);
    }

    /** How one jurisdiction changed; {@code kind} is {@code added}, {@code removed} or {@code changed}. */
    public record JurisdictionChange(String id, String name, String kind, List<String> tacticsAdded,
                                     List<String> tacticsDropped, List<EvidenceMove> evidenceMoved,
                                     List<String> citationsAdded, List<String> citationsRemoved,
                                     List<FieldCorrection> fieldsCorrected) {
        public JurisdictionChange {
            Objects.requireNonNull(id, "id");
            if (!List.of("added", "removed", "changed").contains(kind)) {
                throw new IllegalArgumentException("unknown change kind " + kind);
            }
            tacticsAdded = List.copyOf(tacticsAdded);
            tacticsDropped = List.copyOf(tacticsDropped);
            evidenceMoved = List.copyOf(evidenceMoved);
            citationsAdded = List.copyOf(citationsAdded);
            citationsRemoved = List.copyOf(citationsRemoved);
            fieldsCorrected = List.copyOf(fieldsCorrected);
        }
    }

    /** A tactic's evidence level that moved, by level id ({@code listed} → {@code corroborated}). */
    public record EvidenceMove(String tactic, String from, String to) {
    }

    /** A field whose value was corrected, as text ({@code population}: {@code 120000} → {@code 121054}). */
    public record FieldCorrection(String field, String from, String to) {
    }
}
