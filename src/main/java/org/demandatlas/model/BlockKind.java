package org.demandatlas.model;

import java.util.Locale;

/** The role of one block of running text. */
public enum BlockKind {
    HEADING, PARAGRAPH, QUOTE, LIST_ITEM;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
