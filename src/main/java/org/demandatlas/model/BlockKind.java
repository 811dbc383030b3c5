package org.demandatlas.model;

import java.util.Locale;

/** The role of one block of running text. */
public enum BlockKind implements Labelled {
    HEADING("Heading"), PARAGRAPH("Paragraph"), QUOTE("Quotation"), LIST_ITEM("List item");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String label() {
        return label;
    }
}
