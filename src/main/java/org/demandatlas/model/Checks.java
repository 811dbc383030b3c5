package org.demandatlas.model;

import java.util.List;
import java.util.Objects;

/** Validation helpers shared by the model's compact constructors. */
final class Checks {
    private Checks() {
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static int requireLine(int line) {
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
        return line;
    }
}
