package org.demandatlas.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.demandatlas.model.BaseUrl;

/**
 * What to build: the seeds folder, the output folder and, when given, the URL the site will be served from
 * ({@link BaseUrl}, the one rule shared with rendering; without one, links are site-relative) and, when given, the
 * published site whose release history to carry forward (else the output folder's).
 */
public record BuildOptions(Path seeds, Path out, BaseUrl baseUrl, Path history) {
    public BuildOptions {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(out, "out");
    }

    /** Options whose release history is the previously published site, {@code out}. */
    public BuildOptions(Path seeds, Path out, BaseUrl baseUrl) {
        this(seeds, out, baseUrl, null);
    }

    /** The site whose release history the build carries forward: {@code --history DIR}, else {@code out}. */
    public Path historySite() {
        return history == null ? out : history;
    }

    /** Options with a base URL given as text (null: none); a bad one throws {@link IllegalArgumentException}. */
    public static BuildOptions of(Path seeds, Path out, String baseUrl) {
        return new BuildOptions(seeds, out, baseUrl == null ? null : new BaseUrl(baseUrl));
    }

    public Optional<BaseUrl> findBaseUrl() {
        return Optional.ofNullable(baseUrl);
    }
}
