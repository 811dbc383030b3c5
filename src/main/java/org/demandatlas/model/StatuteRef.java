package org.demandatlas.model;

import java.util.Objects;

/**
 * A reference to a state statute as a document writes it ({@code §53a-82 to §53a-90}, {@code Sec. 53a-83(c)}):
 * state code, section, subsection and range end (null when absent), the text as written, the official URL of the
 * section (null when the state's URL template cannot place it), and where it was found (document id, file, line).
 */
public record StatuteRef(String state, String section, String subsection, String rangeEnd, String asWritten,
                         String url, String document, String file, int line) {
    public StatuteRef {
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("statute state must be a state code: " + state);
        }
        Objects.requireNonNull(section, "section");
        if (!section.matches("\\d+[a-z]?-\\d+[a-z]*")) {
            throw new IllegalArgumentException("not a statute section: " + section);
        }
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("statute URL must be https: " + url);
        }
        Checks.requireText(asWritten, "statute as written");
        Slugs.requireSlug(document);
        Checks.requireText(file, "file");
        Checks.requireLine(line);
    }

    /** How the reference reads in a list: {@code §53a-83(c)}, {@code §§53a-82 to 53a-90}. */
    public String label() {
        String base = (rangeEnd == null ? "\u00A7" : "\u00A7\u00A7") + section
                + (subsection == null ? "" : "(" + subsection + ")");
        return rangeEnd == null ? base : base + " to " + rangeEnd;
    }
}
