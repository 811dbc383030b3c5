package org.demandatlas.index;

import java.util.List;
import org.demandatlas.model.Labelled;

/**
 * The groups results are shown in, by the kind of their entry: places (jurisdictions), tactics, partners, sources
 * (citations) and documents (articles, press releases). One ranking orders every hit; a group's place in the answer
 * is its best hit's rank ({@link SearchResults#groups}), as {@code search.js} groups the static results.
 */
public enum SearchGroup implements Labelled {
    PLACES("places", "Places", List.of(SearchFields.KIND_JURISDICTION)),
    TACTICS("tactics", "Tactics", List.of(SearchFields.KIND_TACTIC)),
    PARTNERS("partners", "Partners", List.of(SearchFields.KIND_PARTNER)),
    SOURCES("sources", "Sources", List.of(SearchFields.KIND_CITATION)),
    DOCUMENTS("documents", "Documents", List.of("article", "press-release"));

    private final String id;
    private final String label;
    private final List<String> kinds;

    SearchGroup(String id, String label, List<String> kinds) {
        this.id = id;
        this.label = label;
        this.kinds = kinds;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public List<String> kinds() {
        return kinds;
    }

    /** The group of an entry kind; documents for a kind no group names. */
    public static SearchGroup of(String kind) {
        for (SearchGroup group : values()) {
            if (group.kinds.contains(kind)) {
                return group;
            }
        }
        return DOCUMENTS;
    }
}
