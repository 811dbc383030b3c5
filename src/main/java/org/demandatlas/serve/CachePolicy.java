package org.demandatlas.serve;

import java.util.regex.Pattern;

/**
 * {@code Cache-Control} by file: a year, immutable, for a content-hashed name ({@code app.3f9c2e1a.js}: a dot or
 * dash, then 8 or more hex digits, before the extension), {@value #SHORT} for every other file (pages, data), and
 * {@code no-cache} (always revalidate) while {@code serve --watch} may change any file at any time.
 */
final class CachePolicy {
    static final String LONG = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=60";
    static final String REVALIDATE = "no-cache";
    private static final Pattern HASHED = Pattern.compile(".+[.-][0-9a-f]{8,}\\.[a-z0-9]+");

    private final boolean watching;

    CachePolicy(boolean watching) {
        this.watching = watching;
    }

    String of(String fileName) {
        if (watching) {
            return REVALIDATE;
        }
        return HASHED.matcher(fileName).matches() ? LONG : SHORT;
    }
}
