package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evidence filter of the live search, on the seeds. */
class EvidenceSearchTest {
    private static AtlasIndex index;
    private static SearchService service;

    @BeforeAll
    static void build() {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        service = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> ids(SearchQuery query) {
        return service.search(query).hits().stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void corroboratedWebStingsAreWindsorLocksOnly() {
        assertEquals(List.of("ct/hartford", "ct/waterbury", "ct/windsor-locks"),
                ids(SearchQuery.of("").withTactic("web-stings")));
        assertEquals(List.of("ct/windsor-locks"),
                ids(SearchQuery.of("").withTactic("web-stings").withEvidence("corroborated")));
        assertEquals(List.of("ct/hartford", "ct/waterbury"),
                ids(SearchQuery.of("").withTactic("web-stings").withEvidence("listed")));
    }

    @Test
    void unlistedEvidenceFindsHartfordsLetters() {
        assertEquals(List.of("ct/hartford"), ids(SearchQuery.of("").withEvidence("unlisted")));
        assertEquals(List.of("ct/hartford"), ids(SearchQuery.of("").withTactic("letters").withEvidence("unlisted")));
    }

    @Test
    void anUnknownLevelIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("").withEvidence("maybe"));
        assertEquals("evidence must be one of corroborated, listed, unlisted, was 'maybe'", e.getMessage());
    }
}
