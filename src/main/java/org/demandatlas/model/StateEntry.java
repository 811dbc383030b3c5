package org.demandatlas.model;

import java.util.List;
import java.util.Objects;

/** A state with its jurisdiction ids and the ids of state-level documents about it, sorted. */
public record StateEntry(StateRef state, List<String> jurisdictions, List<String> documents) {
    public StateEntry {
        Objects.requireNonNull(state, "state");
        jurisdictions = Checks.copy(jurisdictions);
        documents = Checks.copy(documents);
    }
}
