package org.demandatlas.model;

import java.util.List;
import java.util.Objects;

/** A tactic of the taxonomy with the ids of the jurisdictions that use it, sorted. */
public record TacticEntry(TacticDefinition tactic, List<String> jurisdictions) {
    public TacticEntry {
        Objects.requireNonNull(tactic, "tactic");
        jurisdictions = Checks.copy(jurisdictions);
    }
}
