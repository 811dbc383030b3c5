package org.demandatlas.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results: the query text, the number of matching entries, the page (1-based) and its size, the hits
 * of the page in rank order, and for each facet dimension (in {@link SearchFields#DIMS} order) the count of matching
 * entries per value (values with a count of zero are left out; sorted by value). {@code groups}: the
 * {@link SearchGroup}s of the matches with their counts, in the order of each group's first match (its best
 * hit, or first in the requested sort), which is the order a page shows its hits grouped.
 */
public record SearchResults(String query, long total, int page, int pageSize, List<SearchHit> hits,
                            Map<String, Map<String, Integer>> facets, List<Group> groups) {
    /** A group of the matches: its id, its label ("Places") and how many matches it holds. */
    public record Group(String id, String label, int count) {
    }

    public SearchResults {
        hits = List.copyOf(hits);
        groups = List.copyOf(groups);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
