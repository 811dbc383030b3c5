package org.demandatlas.render;

/**
 * Turns site paths ({@code /tactics/reverse-stings/}, {@code /ct/hartford/#source-3}, {@code /data/all.json}) into
 * links that work from the page being rendered: relative to its depth, with {@code index.html} spelled out so the
 * site also works opened from disk and under any sub-path. The 404 page, served at arbitrary depths, uses
 * root-absolute (or base-URL) links instead.
 */
final class Href {
    private final String prefix;

    private Href(String prefix) {
        this.prefix = prefix;
    }

    /** Links relative to a page file such as {@code ct/hartford/index.html}. */
    static Href forPage(String pageFile) {
        int depth = (int) pageFile.chars().filter(c -> c == '/').count();
        return new Href("../".repeat(depth));
    }

    /** Links that start with {@code prefix}, {@code /} or a base URL ending in {@code /}. */
    static Href absolute(String prefix) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must end with /: " + prefix);
        }
        return new Href(prefix);
    }

    /** The link to a site path, which starts with {@code /}. */
    String to(String sitePath) {
        if (!sitePath.startsWith("/")) {
            throw new IllegalArgumentException("site path must start with /: " + sitePath);
        }
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        String fragment = hash < 0 ? "" : sitePath.substring(hash);
        String file = path.endsWith("/") ? path + "index.html" : path;
        return prefix + file.substring(1) + fragment;
    }
}
