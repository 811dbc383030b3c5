package org.demandatlas.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.demandatlas.routes.Routes;

/**
 * The pre-rendered orderings of the sources list, each its own set of pages (sorting needs no script). Sort keys
 * are computed once per citation, not once per comparison. There is no order by jurisdiction: each profile lists
 * its own sources, so such pages would only repeat them (a quarter of the sources' bytes at scale).
 */
enum SourceOrder {
    DATE(Routes.SOURCES, "date", r -> r.citation().date() == null ? "\uFFFF" : r.citation().date()),
    PUBLISHER(Routes.sourcesBy("publisher"), "publisher", r -> key(r.citation().publisher())),
    TITLE(Routes.sourcesBy("title"), "title", r -> key(r.citation().title()));

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private final String sitePath;
    private final String label;
    private final Function<CitationRef, String> key;

    SourceOrder(String sitePath, String label, Function<CitationRef, String> key) {
        this.sitePath = sitePath;
        this.label = label;
        this.key = key;
    }

    String sitePath() {
        return sitePath;
    }

    String label() {
        return label;
    }

    /** The citations in this order: by key, then jurisdiction id, then number on the profile (undated last). */
    List<CitationRef> sort(List<CitationRef> citations) {
        record Keyed(String key, CitationRef ref) {
        }
        return citations.stream().map(r -> new Keyed(key.apply(r), r))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.ref().jurisdiction().id())
                        .thenComparingInt(k -> k.ref().number()))
                .map(Keyed::ref).toList();
    }

    /** Sort key that ignores case and leading punctuation such as quotation marks. */
    private static String key(String text) {
        return text == null ? "" : LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
