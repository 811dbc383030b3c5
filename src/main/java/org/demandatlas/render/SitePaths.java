package org.demandatlas.render;

import org.demandatlas.model.Slugs;

/** Maps site paths ({@code /ct/hartford/}) to output files ({@code ct/hartford/index.html}), checking every segment. */
final class SitePaths {
    private SitePaths() {
    }

    /** The file of a folder URL; every segment must be a slug, so no path can leave the output folder. */
    static String pageFile(String sitePath) {
        if (!sitePath.startsWith("/") || !sitePath.endsWith("/")) {
            throw new IllegalArgumentException("page path must start and end with /: " + sitePath);
        }
        String inner = sitePath.substring(1, sitePath.length() - 1);
        if (!inner.isEmpty()) {
            for (String segment : inner.split("/", -1)) {
                Slugs.requireSlug(segment);
            }
        }
        return inner.isEmpty() ? "index.html" : inner + "/index.html";
    }

    /** The URL of a page file: {@code ct/hartford/index.html} → {@code /ct/hartford/}; other files keep their name. */
    static String sitePath(String pageFile) {
        if (!pageFile.equals("index.html") && !pageFile.endsWith("/index.html")) {
            return "/" + pageFile;
        }
        return "/" + pageFile.substring(0, pageFile.length() - "index.html".length());
    }
}
