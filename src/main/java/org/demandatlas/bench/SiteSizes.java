package org.demandatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a built site weighs: files, HTML pages and bytes in all and per page kind. Kinds are told from the path:
 * a two-letter folder is a state ({@code ct/index.html}) holding profiles ({@code ct/hartford/index.html} and its
 * {@code index.json}); {@code site/} holds the legacy redirects; any other top folder is its own kind.
 */
record SiteSizes(long files, long htmlPages, long bytes, Map<String, Kind> kinds) {
    private static final Pattern STATE = Pattern.compile("[a-z]{2}");

    /** Files of one kind, their bytes and the largest one's. */
    record Kind(long files, long bytes, long largest) {
        Kind plus(long size) {
            return new Kind(files + 1, bytes + size, Math.max(largest, size));
        }

        long average() {
            return files == 0 ? 0 : bytes / files;
        }
    }

    static SiteSizes of(Path site) throws IOException {
        Map<String, Kind> kinds = new TreeMap<>();
        long[] totals = new long[3];
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                long size = Files.size(file);
                Path relative = site.relativize(file);
                kinds.merge(kindOf(relative), new Kind(1, size, size), (a, b) -> a.plus(size));
                totals[0]++;
                totals[1] += file.getFileName().toString().endsWith(".html") ? 1 : 0;
                totals[2] += size;
            }
        }
        return new SiteSizes(totals[0], totals[1], totals[2], kinds);
    }

    static String kindOf(Path relative) {
        String top = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        int depth = relative.getNameCount();
        if (depth == 1) {
            return "root";
        }
        if (STATE.matcher(top).matches()) {
            return depth == 2 ? "state" : depth == 3 && name.equals("index.html") ? "profile-html"
                    : depth == 3 && name.equals("index.json") ? "profile-json" : "state-other";
        }
        return top.equals("site") ? "legacy-redirect" : top;
    }

    Kind kind(String name) {
        return kinds.getOrDefault(name, new Kind(0, 0, 0));
    }
}
