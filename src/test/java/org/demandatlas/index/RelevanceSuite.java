package org.demandatlas.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.shards.StaticSearchExporter;
import org.demandatlas.model.Atlas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judged queries of {@code src/test/resources/relevance/} (the seeds, and a synthetic atlas of 400 places:
 * names, tactics and synonyms, misspellings, partners, publishers, statute numbers, phrases, states, filter
 * combinations), each graded 0–3 per entry id, run through the live search and the static one (node), scored by
 * nDCG@5 and "first hit right" (the first hit has the highest grade). {@link RelevanceBenchmark} prints the table;
 * {@code RelevanceSuiteTest} holds static and live to the same top five and the scores to a floor.
 */
final class RelevanceSuite {
    static final int K = 5;
    static final long SYNTHETIC_SEED = 3;
    static final int SYNTHETIC_SIZE = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FILTERS = List.of("tactic", "state", "type", "evidence", "kind", "sort");

    /** A judged query: its corpus and category, the request (q and filters) and the grade of each relevant id. */
    record Judged(String corpus, String category, Map<String, String> request, Map<String, Integer> grades) {
    }

    /** One query's outcome: the live and the static top five, and the live one's scores. */
    record Outcome(Judged judged, List<String> live, List<String> statik, double ndcg, boolean firstRight) {
    }

    private RelevanceSuite() {
    }

    static List<Judged> judged(String corpus) {
        try (InputStream in = RelevanceSuite.class.getResourceAsStream("/relevance/" + corpus + ".json")) {
            List<Judged> all = new ArrayList<>();
            for (JsonNode q : JSON.readTree(in).get(corpus)) {
                Map<String, String> request = new LinkedHashMap<>();
                request.put("q", q.get("q").asString());
                FILTERS.stream().filter(q::has).forEach(f -> request.put(f, q.get(f).asString()));
                Map<String, Integer> grades = new TreeMap<>();
                q.get("grades").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
                all.add(new Judged(corpus, q.get("category").asString(), request, grades));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Atlas atlas(String corpus) {
        return corpus.equals("seeds") ? TestAtlas.seeds().atlas()
                : SyntheticAtlas.generate(SYNTHETIC_SIZE, SYNTHETIC_SEED);
    }

    /** Runs the judged queries of a corpus, live and static (requires node). */
    static List<Outcome> run(String corpus) throws IOException, InterruptedException {
        List<Judged> judged = judged(corpus);
        Path site = Files.createTempDirectory("relevance");
        try (AtlasIndex index = new AtlasIndexer().build(atlas(corpus))) {
            SearchService service = new SearchService(index);
            new StaticSearchExporter().export(index, site);
            String queries = JSON.writeValueAsString(judged.stream().map(Judged::request).toList());
            JsonNode statik = JSON.readTree(NodeRunner.staticSearch(site, queries));
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < judged.size(); i++) {
                List<String> live = live(service, judged.get(i).request());
                List<String> other = new ArrayList<>();
                statik.get(i).get("hits").forEach(h -> other.add(h.get("id").asString()));
                Map<String, Integer> grades = judged.get(i).grades();
                outcomes.add(new Outcome(judged.get(i), live, other.subList(0, Math.min(K, other.size())),
                        ndcg(live, grades), !live.isEmpty() && grade(grades, live.get(0)) == best(grades)));
            }
            return outcomes;
        } finally {
            try (var files = Files.walk(site)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<String> live(SearchService service, Map<String, String> r) {
        SearchQuery query = new SearchQuery(r.get("q"), r.get("tactic"), r.get("state"), r.get("type"), 1, K,
                r.get("evidence")).withKind(r.get("kind")).withSort(SearchSort.parse(r.get("sort")));
        return service.search(query).hits().stream().map(SearchHit::id).toList();
    }

    /** Normalised discounted cumulative gain of the first K hits, gain {@code 2^grade - 1}. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(grade(grades, ranked.get(i))) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double best = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            best += gain(ideal.get(i)) / log2(i + 2);
        }
        return best == 0 ? 1 : dcg / best;
    }

    private static int grade(Map<String, Integer> grades, String id) {
        return grades.getOrDefault(id, 0);
    }

    private static int best(Map<String, Integer> grades) {
        return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
