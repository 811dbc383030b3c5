package org.demandatlas.render.page;

/** A link for a template; {@code href} is null when the target has no page (the text is then shown plain). */
public record Link(String href, String text) {
    public boolean linked() {
        return href != null;
    }
}
