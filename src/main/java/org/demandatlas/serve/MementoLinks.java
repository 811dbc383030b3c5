package org.demandatlas.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.routes.Routes;
import org.eclipse.jetty.http.DateGenerator;

/**
 * Memento hints (RFC 7089) for profiles and their archived versions: a profile's page names each archived page
 * ({@code Link: </ct/hartford/as-of-R/>; rel="memento"; datetime="…"}); an archived page names its original and
 * carries {@code Memento-Datetime}, the release's data date (the date the release id starts with); both name the
 * profile's TimeGate and TimeMap. Found from the
 * site's folders and kept per file until the file changes, so a profile answer costs no folder listing.
 */
final class MementoLinks {
    private static final Pattern AS_OF = Pattern.compile("as-of-(\\d{4}(?:-\\d{2}){0,2})-[0-9a-f]{8}");
    private final Path root;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /** The headers to add: {@code Link}, and {@code Memento-Datetime} on an archived page (else null). */
    record Hints(String link, String mementoDatetime) {
    }

    private record Cached(long modified, Optional<Hints> hints) {
    }

    MementoLinks(Path root) {
        this.root = root;
    }

    /** The hints for the site file {@code file} last modified at {@code modified}; empty for other pages. */
    Optional<Hints> of(Path file, long modified) throws IOException {
        Cached known = cache.get(file);
        if (known != null && known.modified() == modified) {
            return known.hints();
        }
        Optional<Hints> hints = find(file);
        cache.put(file, new Cached(modified, hints));
        return hints;
    }

    private Optional<Hints> find(Path file) throws IOException {
        if (!file.startsWith(root) || !file.getFileName().toString().equals("index.html")) {
            return Optional.empty();
        }
        String sitePath = Routes.sitePath(root.relativize(file).toString().replace('\\', '/'));
        String route = RouteMatcher.routeOf(sitePath).orElse("");
        if (route.equals("as-of")) {
            String folder = file.getParent().getFileName().toString();
            String original = sitePath.substring(0, sitePath.length() - folder.length() - 1);
            String date = httpDate(folder);
            return Optional.of(new Hints("<" + original + ">; rel=\"original\", " + gateAndMap(original) + ", <"
                    + sitePath
                    + ">; rel=\"memento\"; datetime=\"" + date + "\"", date));
        }
        return route.equals("jurisdiction") ? profile(file.getParent(), sitePath) : Optional.empty();
    }

    private static Optional<Hints> profile(Path folder, String sitePath) throws IOException {
        List<String> archived;
        try (Stream<Path> entries = Files.list(folder)) {
            archived = entries.map(p -> p.getFileName().toString()).filter(n -> AS_OF.matcher(n).matches())
                    .filter(n -> Files.isRegularFile(folder.resolve(n).resolve("index.html"))).sorted().toList();
        }
        if (archived.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hints(gateAndMap(sitePath) + ", " + archived.stream().map(n -> "<" + sitePath + n
                + "/>; rel=\"memento\"; datetime=\"" + httpDate(n) + "\"").collect(Collectors.joining(", ")), null));
    }

    /** The profile's TimeGate and TimeMap ({@link MementoHandler}), by the profile's site path. */
    private static String gateAndMap(String profilePath) {
        String id = profilePath.substring(1, profilePath.length() - 1);
        return "<" + Routes.timegate(id) + ">; rel=\"timegate\", <" + Routes.timemap(id) + ">; rel=\"timemap\"; type=\""
                + MementoHandler.LINK_FORMAT + "\"";
    }

    /** {@code as-of-2017-01-11-20dae1e6} → {@code Wed, 11 Jan 2017 00:00:00 GMT}; a bare year or month is its 1st. */
    static String httpDate(String folder) {
        Matcher m = AS_OF.matcher(folder);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an archived page's folder: " + folder);
        }
        String iso = m.group(1);
        String day = iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
        return DateGenerator.formatDate(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
