package org.demandatlas.render;

import java.util.Optional;
import org.demandatlas.model.BaseUrl;

/**
 * How the site is rendered.
 *
 * @param baseUrl  URL the site is published under, or null; when set, pages get {@code <link rel="canonical">},
 *                 Open Graph URLs and citations with absolute permalinks, and a {@code sitemap.xml} is written (a
 *                 sitemap needs absolute URLs, so none is written without)
 * @param parallel render pages on all cores (output is identical either way)
 */
public record RenderOptions(BaseUrl baseUrl, boolean parallel) {
    /** No base URL, parallel rendering. */
    public static RenderOptions defaults() {
        return new RenderOptions(null, true);
    }

    /** Parallel rendering under a base URL, checked by {@link BaseUrl} (null: none). */
    public static RenderOptions withBaseUrl(String baseUrl) {
        return new RenderOptions(baseUrl == null ? null : new BaseUrl(baseUrl), true);
    }

    /** These options, with {@code configured} (the site config's address, or null) when no base URL is given. */
    RenderOptions orBaseUrl(String configured) {
        return baseUrl != null || configured == null ? this : new RenderOptions(new BaseUrl(configured), parallel);
    }

    public Optional<BaseUrl> findBaseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The absolute URL of a site path such as {@code /ct/hartford/}, when a base URL is set. */
    public Optional<String> findAbsoluteUrl(String sitePath) {
        return findBaseUrl().map(base -> base.resolve(sitePath));
    }
}
