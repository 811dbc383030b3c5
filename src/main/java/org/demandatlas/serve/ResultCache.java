package org.demandatlas.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.demandatlas.index.SearchQuery;

/**
 * The JSON answers of recent searches, by query: the index does not change between reloads, so the same query
 * gets the same bytes. At most {@value #MAX_ENTRIES} answers (about 3 KB each); when full it starts again empty,
 * which keeps it lock-free. A disabled cache (for measuring the search itself) computes every answer.
 */
final class ResultCache {
    static final int MAX_ENTRIES = 4_096;
    private final Map<SearchQuery, byte[]> answers = new ConcurrentHashMap<>();
    private final boolean enabled;

    ResultCache(boolean enabled) {
        this.enabled = enabled;
    }

    byte[] answer(SearchQuery query, Function<SearchQuery, byte[]> search) {
        if (!enabled) {
            return search.apply(query);
        }
        byte[] known = answers.get(query);
        if (known != null) {
            return known;
        }
        byte[] fresh = search.apply(query);
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(query, fresh);
        return fresh;
    }

    int size() {
        return answers.size();
    }
}
