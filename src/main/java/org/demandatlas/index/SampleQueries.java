package org.demandatlas.index;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Queries drawn from an index's own vocabulary, for benchmarks and agreement tests: one to three words; one query
 * in five has a typo, one in five is a prefix. The bench's live column and the test-side benchmarks use the same.
 */
public final class SampleQueries {
    private SampleQueries() {
    }

    public static List<String> of(AtlasIndex index, SplittableRandom random, int count) {
        List<String> words = index.dictionary().entries().stream().filter(e -> !e.isStopWord() && e.docFreq() > 0)
                .map(SurfaceDictionary.Entry::surface).filter(w -> w.length() > 3).toList();
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder();
            for (int w = 0; w <= random.nextInt(3); w++) {
                q.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            String text = q.toString();
            int kind = random.nextInt(5);
            queries.add(kind == 0 && text.length() > 5 ? text.substring(0, text.length() - 2) + "x"
                    : kind == 1 ? text.substring(0, text.length() - 1) : text);
        }
        return queries;
    }
}
