package org.demandatlas.render;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the site is rendered.
 *
 * @param baseUrl  absolute URL the site is published under ({@code https://example.org/atlas/}), or null; when set,
 *                 pages get {@code <link rel="canonical">}, Open Graph URLs and citations with absolute permalinks,
 *                 and a {@code sitemap.xml} is written (a sitemap needs absolute URLs, so none is written without)
 * @param parallel render pages on all cores (output is identical either way)
 */
public record RenderOptions(String baseUrl, boolean parallel) {
    private static final Pattern BASE_URL = Pattern.compile("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9._~/-]*)?");

    public RenderOptions {
        if (baseUrl != null) {
            if (!BASE_URL.matcher(baseUrl).matches()) {
                throw new IllegalArgumentException("base URL must be http(s)://host[/path], was: " + baseUrl);
            }
            baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        }
    }

    /** No base URL, parallel rendering. */
    public static RenderOptions defaults() {
        return new RenderOptions(null, true);
    }

    public static RenderOptions withBaseUrl(String baseUrl) {
        return new RenderOptions(baseUrl, true);
    }

    public Optional<String> findBaseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The absolute URL of a site path such as {@code /ct/hartford/}, when a base URL is set. */
    public Optional<String> findAbsoluteUrl(String sitePath) {
        return findBaseUrl().map(base -> base + sitePath.substring(1));
    }
}
