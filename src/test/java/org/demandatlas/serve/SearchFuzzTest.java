package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchResults;
import org.demandatlas.index.SearchService;

/**
 * The live search path with arbitrary input: a raw query string goes through {@link SearchApiHandler}'s parsing
 * (which may only refuse with an {@link IllegalArgumentException}, a 400) and any query it accepts through
 * {@link SearchService#search} (which must answer, never throw: no 500). Corpus in
 * {@code SearchFuzzTestInputs/queryString}; to fuzz: {@code JAZZER_FUZZ=1 mvn -q -B test -Dtest=SearchFuzzTest}.
 */
class SearchFuzzTest {
    private static SearchService service;

    private static synchronized SearchService service() {
        if (service == null) {
            service = new SearchService(new AtlasIndexer().build(TestAtlas.seeds().atlas()));
        }
        return service;
    }

    @FuzzTest(maxDuration = "3m")
    void queryString(FuzzedDataProvider data) {
        String rawQuery = data.consumeRemainingAsString();
        SearchQuery query;
        try {
            query = SearchApiHandler.query(SearchApiHandler.parameters(rawQuery));
        } catch (IllegalArgumentException refused) {
            assertNotNull(refused.getMessage(), "a 400 says why");
            assertFalse(refused.getMessage().isBlank(), "a 400 says why");
            return;
        }
        SearchResults results = service().search(query);
        assertTrue(results.hits().size() <= query.pageSize(), "at most one page of hits");
    }
}
