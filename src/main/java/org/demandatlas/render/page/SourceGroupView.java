package org.demandatlas.render.page;

import java.util.List;

/** A Key Sources category on a profile: the tactics it supports (none for context) and its numbered citations. */
public record SourceGroupView(String category, String anchor, List<Link> tactics, List<CitationView> citations) {
    public SourceGroupView {
        tactics = List.copyOf(tactics);
        citations = List.copyOf(citations);
    }

    /** The number the list starts at, for {@code <ol start>}. */
    public int start() {
        return citations.isEmpty() ? 1 : citations.get(0).number();
    }
}
