package org.demandatlas.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@link SitePathResolver} answers remembered by raw request path for {@value FileCache#RECHECK_MS} ms (at most
 * {@value #MAX_PATHS} paths), so a busy page costs no file system call per request.
 */
final class ResolvedPaths {
    static final int MAX_PATHS = 20_000;

    private record Known(SitePathResolver.Resolution resolution, long checkedAt) {
    }

    private final SitePathResolver resolver;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    ResolvedPaths(SitePathResolver resolver) {
        this.resolver = resolver;
    }

    SitePathResolver.Resolution resolve(String rawPath) {
        long now = System.nanoTime();
        Known hit = known.get(rawPath);
        if (hit != null && now - hit.checkedAt() < TimeUnit.MILLISECONDS.toNanos(FileCache.RECHECK_MS)) {
            return hit.resolution();
        }
        SitePathResolver.Resolution resolution = resolver.resolve(rawPath);
        if (known.size() >= MAX_PATHS) {
            known.clear();
        }
        known.put(rawPath, new Known(resolution, now));
        return resolution;
    }

    SitePathResolver resolver() {
        return resolver;
    }

    void clear() {
        known.clear();
    }
}
