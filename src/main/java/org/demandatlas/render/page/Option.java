package org.demandatlas.render.page;

/** An {@code <option>} of a search filter. */
public record Option(String value, String label) {
}
