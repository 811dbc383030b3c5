package org.demandatlas.model;

import java.util.Objects;

/** A heading, paragraph, quotation or list item of a narrative or document body, with its first seed line. */
public record Block(BlockKind kind, String text, int line) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(text, "block text");
        Checks.requireLine(line);
    }
}
