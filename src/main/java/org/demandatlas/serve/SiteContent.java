package org.demandatlas.serve;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** The site folder as served: its resolved paths and files, remembered until {@link #clear()}. */
final class SiteContent {
    private final ResolvedPaths paths;
    private final FileCache files;
    private final StaticSiteHandler handler;
    private final Optional<LiveReload> liveReload;

    SiteContent(SitePathResolver resolver, Optional<LiveReload> liveReload) {
        this.liveReload = liveReload;
        this.paths = new ResolvedPaths(resolver);
        UnaryOperator<byte[]> html = liveReload.<UnaryOperator<byte[]>>map(l -> l::addScript)
                .orElse(UnaryOperator.identity());
        this.files = new FileCache(html);
        this.handler = new StaticSiteHandler(paths, files, new CachePolicy(liveReload.isPresent()));
    }

    StaticSiteHandler handler() {
        return handler;
    }

    Optional<LiveReload> liveReload() {
        return liveReload;
    }

    void clear() {
        paths.clear();
        files.clear();
    }
}
