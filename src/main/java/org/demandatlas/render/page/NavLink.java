package org.demandatlas.render.page;

/** An entry of the site navigation; {@code current} marks the section the page belongs to. */
public record NavLink(String href, String text, boolean current) {
}
