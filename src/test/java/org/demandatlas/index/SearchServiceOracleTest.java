package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.lucene.search.ScoreDoc;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.Test;

/**
 * The live search (matches in arrays, filters and facet counts by ordinals and bit sets, the page by a bounded
 * heap) against the plain reading of its rules: Lucene's own top hits of every entry, each entry's filters and
 * facet values taken from its lists by {@link SearchFilters#accepts} and {@link SearchFilters#valuesOf}, the
 * accepted hits sorted whole. Totals, facet counts and every hit of the page (id and score, in order) must agree on
 * random queries with random filters (several values, evidence with and without tactics), orders and pages.
 */
class SearchServiceOracleTest {
    private static final List<String> LEVELS = List.of("corroborated", "listed", "unlisted");

    @Test
    void agreesWithThePlainReadingOnTheSeeds() throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(TestAtlas.seeds().atlas())) {
            assertAgreement(index, 200, 1);
        }
    }

    @Test
    void agreesWithThePlainReadingOnAGeneratedCorpus() throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(SyntheticAtlas.generate(400, 3))) {
            assertAgreement(index, 200, 2);
        }
    }

    private static void assertAgreement(AtlasIndex index, int queries, long seed) {
        SearchService service = new SearchService(index);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>(SearchBenchmark.queries(index, random));
        texts.addAll(List.of("", " ", "zzzz", "((("));
        int withHits = 0;
        for (int i = 0; i < queries; i++) {
            SearchQuery query = randomQuery(index, texts.get(random.nextInt(texts.size())), random);
            SearchResults expected = plainSearch(index, query);
            SearchResults actual = service.search(query);
            String what = query.toString();
            assertEquals(expected.total(), actual.total(), what);
            assertEquals(expected.facets(), actual.facets(), what);
            assertEquals(expected.groups(), actual.groups(), what);
            assertEquals(expected.hits().stream().map(h -> h.id() + " " + h.score()).toList(),
                    actual.hits().stream().map(h -> h.id() + " " + h.score()).toList(), what);
            withHits += actual.hits().isEmpty() ? 0 : 1;
        }
        assertTrue(withHits > queries / 4, "most random queries should find something: " + withHits);
    }

    private static SearchQuery randomQuery(AtlasIndex index, String text, SplittableRandom random) {
        SearchQuery query = SearchQuery.of(text);
        List<SearchEntry> entries = index.entries();
        List<String> tactics = entries.stream().flatMap(e -> e.tactics().stream()).distinct().sorted().toList();
        List<String> states = entries.stream().map(SearchEntry::state).filter(s -> !s.isEmpty()).distinct().sorted()
                .toList();
        query = query.withTactic(some(tactics, random)).withEvidence(some(LEVELS, random))
                .withState(some(states, random)).withType(some(List.of("city", "county", "state"), random))
                .withKind(some(List.of("jurisdiction", "article", "press-release"), random));
        SearchSort sort = SearchSort.values()[random.nextInt(SearchSort.values().length)];
        return query.withSort(sort).withPage(1 + random.nextInt(2), 1 + random.nextInt(SearchQuery.MAX_PAGE_SIZE));
    }

    /** No value three times in four, else one or two (comma-separated). */
    private static String some(List<String> values, SplittableRandom random) {
        int n = Math.max(0, random.nextInt(8) - 5);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < n && !values.isEmpty(); i++) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return String.join(",", chosen);
    }

    /** The rules read plainly: every match from Lucene's top hits, filters and facets from the entries' lists. */
    private static SearchResults plainSearch(AtlasIndex index, SearchQuery query) {
        ScoreDoc[] all;
        try {
            all = index.searcher().search(index.planner().plan(query.text()).toQuery(index.scoring()), index.entries().size())
                    .scoreDocs;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        SearchFilters filters = query.filters();
        Map<String, Map<String, Integer>> facets = new TreeMap<>();
        SearchFilters.DIMS.forEach(dim -> facets.put(dim, new TreeMap<>()));
        List<ScoreDoc> accepted = new ArrayList<>();
        for (ScoreDoc scoreDoc : all) {
            SearchEntry entry = index.entry(scoreDoc.doc);
            if (filters.accepts(entry)) {
                accepted.add(scoreDoc);
            }
            for (String dim : SearchFilters.DIMS) {
                Map<String, Integer> counts = facets.get(dim);
                if (filters.without(dim).accepts(entry)) {
                    filters.valuesOf(entry, dim).forEach(v -> counts.merge(v, 1, Integer::sum));
                }
            }
        }
        if (query.sort() != SearchSort.RELEVANCE) {
            List<Integer> order = new ArrayList<>();
            for (int ordinal : query.sort().order(index.entries())) {
                order.add(ordinal);
            }
            int[] position = new int[order.size()];
            for (int i = 0; i < position.length; i++) {
                position[order.get(i)] = i;
            }
            accepted.sort(Comparator.comparingInt(sd -> position[sd.doc]));
        }
        int from = Math.min(accepted.size(), (query.page() - 1) * query.pageSize());
        List<SearchHit> hits = accepted.subList(from, Math.min(accepted.size(), from + query.pageSize())).stream()
                .map(sd -> new SearchHit(index.entry(sd.doc).id(), "", "", "", "", "", false, sd.score, "", List.of(),
                        List.of(), "")).toList();
        Map<SearchGroup, Integer> groups = new LinkedHashMap<>(); // in the order of each group's first match
        accepted.forEach(sd -> groups.merge(SearchGroup.of(index.entry(sd.doc).kind()), 1, Integer::sum));
        return new SearchResults(query.text(), accepted.size(), query.page(), query.pageSize(), hits, facets,
                groups.entrySet().stream().map(g -> new SearchResults.Group(g.getKey().id(), g.getKey().label(),
                        g.getValue())).toList());
    }
}
