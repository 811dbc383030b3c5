package org.demandatlas.render.page;

import java.util.List;

/**
 * A dated statement as shown: ISO date for {@code <time>}, the date in words ({@code February 2014},
 * {@code the 1990s}), the sentence, the tactics it mentions, where it comes from ({@code seeds/x.txt:23}, linked to that line) and, on
 * state pages, the jurisdiction or document it belongs to; and the places the sentence names, saying when it is
 * therefore not counted as its profile's event ({@code null} when it names none).
 */
public record TimelineView(String isoDate, String dateText, String sentence, List<Link> tactics, Link source,
                           Link about, String places) {
    public TimelineView {
        tactics = List.copyOf(tactics);
    }
}
