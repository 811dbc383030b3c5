package org.demandatlas.render;

import java.util.Comparator;
import java.util.Locale;

/** The pre-rendered orderings of the sources list, each its own page (sorting needs no script). */
enum SourceOrder {
    DATE("/sources/", "date", Comparator.comparing((CitationRef r) -> r.citation().date(),
            Comparator.nullsLast(Comparator.naturalOrder()))),
    PUBLISHER("/sources/by-publisher/", "publisher", Comparator.comparing(r -> key(r.citation().publisher()))),
    TITLE("/sources/by-title/", "title", Comparator.comparing(r -> key(r.citation().title()))),
    JURISDICTION("/sources/by-jurisdiction/", "jurisdiction", (a, b) -> 0);

    private final String sitePath;
    private final String label;
    private final Comparator<CitationRef> order;

    SourceOrder(String sitePath, String label, Comparator<CitationRef> primary) {
        this.sitePath = sitePath;
        this.label = label;
        this.order = primary.thenComparing(r -> r.jurisdiction().id()).thenComparingInt(CitationRef::number);
    }

    String sitePath() {
        return sitePath;
    }

    String label() {
        return label;
    }

    Comparator<CitationRef> order() {
        return order;
    }

    /** Sort key that ignores case and leading punctuation such as quotation marks. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }
}
