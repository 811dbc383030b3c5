package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The judged relevance suite ({@link RelevanceSuite}): at least 60 queries, every judged id exists, the static
 * search returns the same top five as the live one on every query, and the ranking keeps its measured quality.
 */
class RelevanceSuiteTest {
    /** Floors a little under the measured values (README table), so that a ranking change that hurts fails. */
    static final double MIN_NDCG = 0.95;
    static final double MIN_FIRST_RIGHT = 0.95;

    @Test
    void staticAndLiveAgreeOnEveryJudgedQueryAndTheRankingKeepsItsQuality() throws Exception {
        NodeRunner.requireNode();
        List<RelevanceSuite.Outcome> all = new ArrayList<>(RelevanceSuite.run("seeds"));
        all.addAll(RelevanceSuite.run("synthetic"));
        assertTrue(all.size() >= 60, "judged queries: " + all.size());
        for (RelevanceSuite.Outcome o : all) {
            assertEquals(o.live(), o.statik(), "static and live top five of " + o.judged().request());
        }
        double ndcg = all.stream().mapToDouble(RelevanceSuite.Outcome::ndcg).average().orElse(0);
        double first = (double) all.stream().filter(RelevanceSuite.Outcome::firstRight).count() / all.size();
        String table = RelevanceBenchmark.table(all);
        assertTrue(ndcg >= MIN_NDCG, "mean nDCG@5 " + ndcg + "\n" + table);
        assertTrue(first >= MIN_FIRST_RIGHT, "first hit right " + first + "\n" + table);
    }

    @Test
    void everyJudgedIdIsAnEntryOfItsCorpus() throws Exception {
        for (String corpus : List.of("seeds", "synthetic")) {
            try (AtlasIndex index = new AtlasIndexer().build(RelevanceSuite.atlas(corpus))) {
                List<String> ids = index.entries().stream().map(SearchEntry::id).toList();
                for (RelevanceSuite.Judged j : RelevanceSuite.judged(corpus)) {
                    j.grades().keySet().forEach(id -> assertTrue(ids.contains(id), corpus + ": no entry " + id));
                }
            }
        }
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndLessForAWorseOne() {
        var grades = java.util.Map.of("a", 3, "b", 1);
        assertEquals(1.0, RelevanceSuite.ndcg(List.of("a", "b"), grades), 1e-9);
        assertTrue(RelevanceSuite.ndcg(List.of("b", "a"), grades) < 1);
        assertEquals(0.0, RelevanceSuite.ndcg(List.of("c"), grades), 1e-9);
    }
}
