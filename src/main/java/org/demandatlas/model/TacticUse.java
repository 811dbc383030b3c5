package org.demandatlas.model;

/**
 * A tactic as a profile lists it: canonical taxonomy id and display name, the text as written, and whether the
 * taxonomy knows it (an unknown tactic keeps a slug of its text as id and is flagged, never dropped).
 */
public record TacticUse(String id, String name, String asWritten, boolean known, int line) {
    public TacticUse {
        Slugs.requireSlug(id);
        Checks.requireText(name, "tactic name");
        Checks.requireText(asWritten, "tactic as written");
        Checks.requireLine(line);
    }
}
