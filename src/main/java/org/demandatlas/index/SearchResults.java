package org.demandatlas.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results: the query text, the number of matching entries, the page (1-based) and its size, the hits
 * of the page in rank order, and for each facet dimension (in {@link SearchFields#DIMS} order) the count of matching
 * entries per value (values with a count of zero are left out; sorted by value).
 */
public record SearchResults(String query, long total, int page, int pageSize, List<SearchHit> hits,
                            Map<String, Map<String, Integer>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
