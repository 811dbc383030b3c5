package org.demandatlas.render.page;

/** A link with a count, as in "Reverse Stings (3)"; {@code note} is a short extra description, possibly empty. */
public record CountedLink(String href, String text, int count, String note) {
}
