package org.demandatlas.render;

import java.util.List;
import org.demandatlas.routes.Routes;

/**
 * Turns site paths ({@code /tactics/reverse-stings/}, {@code /ct/hartford/#source-3}, {@code /data/all.json}) into
 * links that work from the page being rendered: the shortest relative path, with {@code index.html} spelled out
 * so the site also works opened from disk and under any sub-path. The 404 page, served at arbitrary depths, uses
 * root-absolute (or base-URL) links instead.
 */
final class Href {
    private final List<String> pageFolders;
    private final String prefix;

    private Href(List<String> pageFolders, String prefix) {
        this.pageFolders = pageFolders;
        this.prefix = prefix;
    }

    /** Links relative to a page file such as {@code ct/hartford/index.html}. */
    static Href forPage(String pageFile) {
        List<String> segments = List.of(pageFile.split("/"));
        return new Href(segments.subList(0, segments.size() - 1), null);
    }

    /** Links that start with {@code prefix}: {@code /} or a base URL ending in {@code /}. */
    static Href absolute(String prefix) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must end with /: " + prefix);
        }
        return new Href(List.of(), prefix);
    }

    /** The link to a site path, which starts with {@code /}. */
    String to(String sitePath) {
        if (!sitePath.startsWith("/")) {
            throw new IllegalArgumentException("site path must start with /: " + sitePath);
        }
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        String fragment = hash < 0 ? "" : sitePath.substring(hash);
        String file = Routes.file(path);
        return (prefix != null ? prefix + file : relative(file)) + fragment;
    }

    private String relative(String file) {
        String[] target = file.split("/");
        int common = 0;
        while (common < pageFolders.size() && common < target.length - 1
                && pageFolders.get(common).equals(target[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(pageFolders.size() - common));
        for (int i = common; i < target.length; i++) {
            link.append(target[i]).append(i < target.length - 1 ? "/" : "");
        }
        return link.toString();
    }
}
