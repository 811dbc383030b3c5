package org.demandatlas.model;

/** A key partner named by a profile; the id is the slug of its name and is shared across jurisdictions. */
public record Partner(String id, String name, int line) {
    public Partner {
        Slugs.requireSlug(id);
        Checks.requireText(name, "partner name");
        Checks.requireLine(line);
    }
}
