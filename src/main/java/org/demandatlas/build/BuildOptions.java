package org.demandatlas.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the seeds folder, the output folder and, when given, the absolute URL the site will be served
 * from ({@code https://example.org/atlas}, kept without a trailing slash); without one, links are site-relative.
 */
public record BuildOptions(Path seeds, Path out, String baseUrl) {
    public BuildOptions {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(out, "out");
        if (baseUrl != null) {
            baseUrl = requireBaseUrl(baseUrl);
        }
    }

    public Optional<String> findBaseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** An absolute http(s) URL without query or fragment, returned without its trailing slashes. */
    public static String requireBaseUrl(String text) {
        try {
            URI uri = new URI(text);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("invalid base URL '" + text
                        + "' (expected an absolute http(s) URL such as https://example.org/atlas)");
            }
            return text.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid base URL '" + text
                    + "' (expected an absolute http(s) URL such as https://example.org/atlas)", e);
        }
    }
}
