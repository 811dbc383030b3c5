package org.demandatlas.generate;

import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.StateRef;

/** A synthetic jurisdiction's name ({@code North Millbrook Falls}), state and type; unique per corpus. */
public record PlaceName(String name, StateRef state, JurisdictionType type) {
    /** The jurisdiction id the catalog will give it, {@code oh/north-millbrook-falls}. */
    public String id() {
        return Jurisdiction.idOf(state, name);
    }

    /** The header line, {@code North Millbrook Falls, OH}. */
    public String header() {
        return name + ", " + state.code();
    }
}
