package org.demandatlas.model;

import java.util.Locale;

/** What the parser took one input line to be; every line gets exactly one. */
public enum LineRole {
    BLANK, JUNK, HEADER, TITLE, SECTION_HEADING, TACTIC, NARRATIVE, PARTNER, SOURCE_CATEGORY, CITATION, TRAILER,
    BOILERPLATE, DUPLICATE, BODY;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
