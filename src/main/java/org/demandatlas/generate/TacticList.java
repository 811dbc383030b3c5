package org.demandatlas.generate;

import java.util.List;
import java.util.Objects;

/**
 * The {@code Tactics Used} section of one synthetic profile: its shape, its lines as written, and the canonical ids
 * of the tactics it says are used (ticked rows only, in line order) — what a correct parser must read from it.
 */
public record TacticList(Shape shape, List<String> lines, List<String> ids) {
    /** The four list shapes exports are known to use (see {@code docs/profile-format.md}). */
    public enum Shape {
        /** One name per line, in the old fixed order. */
        PLAIN,
        /** {@code Reverse stings | ✓ |}; a row with an empty cell means "not used". */
        TABLE,
        /** {@code Reverse stings}, {@code SOAP orders}; {@code Buyer Arrests} first when listed. */
        SENTENCE_CASE,
        /** {@code Reverse Stings}, alphabetical. */
        TITLE_CASE
    }

    public TacticList {
        Objects.requireNonNull(shape, "shape");
        lines = List.copyOf(lines);
        ids = List.copyOf(ids);
    }
}
