package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index's term API, which the static export reads instead of Lucene's handles. */
class AtlasIndexTest {
    private static AtlasIndex index;

    @BeforeAll
    static void build() {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void postingsCarryLuceneScoresExactly() throws IOException {
        int checked = 0;
        for (String term : List.of("sting", "#reverse-stings", "cupid", "hartford", "demand", "connecticut")) {
            Postings postings = index.postings(term);
            for (int i = 0; i < postings.size(); i++) {
                float explained = index.searcher().explain(index.scoring().termQuery(term), postings.docs()[i])
                        .getValue().floatValue();
                assertEquals(explained, postings.weights()[i], term + " in " + postings.docs()[i]);
                assertTrue(i == 0 || postings.docs()[i - 1] < postings.docs()[i], "ascending ordinals");
                checked++;
            }
            assertEquals(index.searcher().count(index.scoring().termQuery(term)), postings.size(), term);
        }
        assertTrue(checked > 20, "checked " + checked);
    }

    @Test
    void termsAreEveryTextFieldTermSortedAndIncludeTacticConcepts() {
        List<String> terms = List.copyOf(index.terms());
        assertEquals(terms.stream().sorted().toList(), terms);
        assertTrue(terms.contains("#reverse-stings"));
        assertTrue(terms.contains("waterburi"), "stemmed names");
        assertEquals(0, index.postings("no-such-term").size());
    }
}
