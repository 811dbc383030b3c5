package org.demandatlas.render.page;

/** {@code /404.html}: served for any missing path, so its links are root-absolute (or base-URL absolute). */
public record NotFoundPage(String homeHref, String searchHref) {
}
