package org.demandatlas.generate;

import java.util.List;
import java.util.Objects;

/**
 * Everything one synthetic profile says, before it is written: what tests compare a parser's reading against.
 *
 * @param index  1-based position in the corpus; the file is {@link #fileName()}
 * @param layout which optional pieces the export shows
 */
public record SyntheticProfile(int index, PlaceName place, long population, TacticList tactics,
                               List<String> narrative, List<String> partners, List<SourceSection> sources,
                               Layout layout) {
    /**
     * Optional pieces: the {@code Key Partners} / {@code Key Sources} headings when their section is empty (always
     * shown when not), the bare {@code Location} line of the trailer, and a second blank line before the sections.
     */
    public record Layout(boolean partnersHeading, boolean sourcesHeading, boolean location,
                         boolean blankBeforeSections) {
    }

    public SyntheticProfile {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(tactics, "tactics");
        Objects.requireNonNull(layout, "layout");
        narrative = List.copyOf(narrative);
        partners = List.copyOf(partners);
        sources = List.copyOf(sources);
    }

    /** The jurisdiction id a correct parser derives: {@code oh/north-millbrook-falls}. */
    public String id() {
        return place.id();
    }

    public String fileName() {
        return CorpusGenerator.fileName(index);
    }

    /** Canonical ids of the tactics the list marks as used, in list order. */
    public List<String> tacticIds() {
        return tactics.ids();
    }

    public int partnerCount() {
        return partners.size();
    }

    public int citationCount() {
        return sources.stream().mapToInt(source -> source.citations().size()).sum();
    }
}
