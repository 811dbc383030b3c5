package org.demandatlas.index;

import java.util.List;
import java.util.Objects;

/**
 * A place in a record that a search hit can show and link to: a narrative or body sentence (anchor {@code p-N},
 * its block), a listed tactic ({@code tactic-ID}), a partner ({@code partners}) or a citation ({@code source-N}).
 *
 * @param kind    {@code sentence}, {@code tactic}, {@code partner} or {@code citation}
 * @param anchor  the anchor on the record's page (from {@code routes.Anchors})
 * @param tactics the tactic ids this passage names or describes (a listed tactic; a sentence that is evidence)
 */
public record Passage(String kind, String anchor, String text, List<String> tactics) {
    public static final String SENTENCE = "sentence";
    public static final String TACTIC = "tactic";
    public static final String PARTNER = "partner";
    public static final String CITATION = "citation";

    public Passage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        tactics = List.copyOf(tactics);
    }
}
