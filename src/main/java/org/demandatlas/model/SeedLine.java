package org.demandatlas.model;

import java.util.Objects;

/**
 * One line of a seed file as written, with its number and the role the parser gave it: the document page shows
 * every line, so that each line of every input is visible somewhere and each seed-line reference can be opened.
 */
public record SeedLine(int number, LineRole role, String text) {
    public SeedLine {
        Checks.requireLine(number);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }
}
