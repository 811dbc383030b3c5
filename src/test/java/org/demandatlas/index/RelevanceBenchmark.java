package org.demandatlas.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the relevance suite's table (markdown, as in the README): per category the number of judged queries,
 * mean nDCG@5, the share whose first hit is right, and on how many static and live gave the same top five. Run:
 * {@code ./mvnw -q test-compile exec:exec@relevance-benchmark}. With {@code --misses}, lists the queries whose
 * first hit is wrong.
 */
public final class RelevanceBenchmark {
    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<RelevanceSuite.Outcome> all = new ArrayList<>(RelevanceSuite.run("seeds"));
        all.addAll(RelevanceSuite.run("synthetic"));
        System.out.println(table(all));
        if (List.of(args).contains("--misses")) {
            all.stream().filter(o -> !o.firstRight() || o.ndcg() < 1).forEach(o -> System.out.printf(Locale.ROOT,
                    "%-10s %-8s %.3f %s -> %s%n", o.judged().corpus(), o.judged().category(), o.ndcg(),
                    o.judged().request(), o.live()));
        }
    }

    static String table(List<RelevanceSuite.Outcome> outcomes) {
        Map<String, List<RelevanceSuite.Outcome>> byCategory = new LinkedHashMap<>();
        outcomes.forEach(o -> byCategory.computeIfAbsent(o.judged().category(), c -> new ArrayList<>()).add(o));
        byCategory.put("all", outcomes);
        StringBuilder table = new StringBuilder(
                "| queries | judged | nDCG@5 | first hit right | static = live |\n|---|---|---|---|---|\n");
        byCategory.forEach((category, list) -> table.append(String.format(Locale.ROOT,
                "| %s | %d | %.3f | %d %% | %d of %d |%n", category, list.size(),
                list.stream().mapToDouble(RelevanceSuite.Outcome::ndcg).average().orElse(0),
                Math.round(100.0 * list.stream().filter(RelevanceSuite.Outcome::firstRight).count() / list.size()),
                list.stream().filter(o -> o.live().equals(o.statik())).count(), list.size())));
        return table.toString();
    }
}
