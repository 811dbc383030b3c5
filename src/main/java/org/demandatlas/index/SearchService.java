package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The live search: plans the query text ({@link QueryPlanner}), scores it with the same term weights the static
 * site adds up ({@link TermScoring}), filters the matches ({@link SearchFilters}: OR within a dimension, AND across)
 * and counts each dimension's values over the matches that pass the other dimensions' filters, orders them
 * ({@link SearchSort}), and explains the hits of the requested page: their passages and reasons
 * ({@link PassageFinder}), with {@code explain} also Lucene's explanation of the score. Any {@link SearchQuery}
 * gets an answer; none throws.
 */
public final class SearchService {
    private final AtlasIndex index;
    private final PassageFinder passages;
    private final QueryPlanner planner;
    private final TermScoring scoring;
    private final Map<SearchSort, int[]> positions = new EnumMap<>(SearchSort.class);

    public SearchService(AtlasIndex index) {
        this.index = index;
        this.planner = index.planner();
        this.scoring = index.scoring();
        this.passages = new PassageFinder(index.dictionary());
        for (SearchSort sort : SearchSort.values()) {
            if (sort != SearchSort.RELEVANCE) {
                int[] order = sort.order(index.entries());
                int[] position = new int[order.length];
                for (int i = 0; i < order.length; i++) {
                    position[order[i]] = i;
                }
                positions.put(sort, position);
            }
        }
    }

    public SearchResults search(SearchQuery query) {
        QueryPlan plan = planner.plan(query.text());
        Query text = plan.toQuery(scoring);
        try {
            ScoreDoc[] all = index.searcher().search(text, Math.max(1, index.entries().size())).scoreDocs;
            List<ScoreDoc> accepted = new ArrayList<>();
            Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
            Map<String, SearchFilters> relaxed = new LinkedHashMap<>();
            for (String dim : SearchFilters.DIMS) {
                facets.put(dim, new TreeMap<>());
                relaxed.put(dim, query.filters().without(dim));
            }
            for (ScoreDoc scoreDoc : all) {
                SearchEntry entry = index.entry(scoreDoc.doc);
                if (query.filters().accepts(entry)) {
                    accepted.add(scoreDoc);
                }
                count(query.filters(), relaxed, entry, facets);
            }
            if (query.sort() != SearchSort.RELEVANCE) {
                int[] position = positions.get(query.sort());
                accepted.sort(Comparator.comparingInt(sd -> position[sd.doc]));
            }
            int from = Math.min(accepted.size(), (query.page() - 1) * query.pageSize());
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : accepted.subList(from, Math.min(accepted.size(), from + query.pageSize()))) {
                hits.add(hit(scoreDoc, plan, query.explain() ? explanation(text, scoreDoc) : ""));
            }
            return new SearchResults(query.text(), accepted.size(), query.page(), query.pageSize(), hits, facets,
                    groups(accepted));
        } catch (IOException e) {
            throw new UncheckedIOException("search of the in-memory index failed", e);
        }
    }

    /** The groups of the accepted matches, in the order of their first match, with their counts. */
    private List<SearchResults.Group> groups(List<ScoreDoc> accepted) {
        Map<SearchGroup, Integer> counts = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : accepted) {
            counts.merge(SearchGroup.of(index.entry(scoreDoc.doc).kind()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new SearchResults.Group(e.getKey().id(), e.getKey().label(), e.getValue())).toList();
    }

    /** Counts the entry's values of every dimension whose facet counts ({@code relaxed} filters) it is in. */
    private static void count(SearchFilters filters, Map<String, SearchFilters> relaxed, SearchEntry entry,
                              Map<String, Map<String, Integer>> facets) {
        for (String dim : SearchFilters.DIMS) {
            if (relaxed.get(dim).accepts(entry)) {
                for (String value : filters.valuesOf(entry, dim)) {
                    facets.get(dim).merge(value, 1, Integer::sum);
                }
            }
        }
    }

    private String explanation(Query text, ScoreDoc scoreDoc) throws IOException {
        return index.searcher().explain(text, scoreDoc.doc).toString();
    }

    /** The query's plan, for tools that explain or compare rankings. */
    public QueryPlan plan(String text) {
        return planner.plan(text);
    }

    private SearchHit hit(ScoreDoc scoreDoc, QueryPlan plan, String explanation) {
        SearchEntry entry = index.entry(scoreDoc.doc);
        PassageFinder.Explained explained = passages.explain(plan, entry);
        String snippet = explained.passages().isEmpty() ? "" : explained.passages().get(0).html();
        return new SearchHit(entry.id(), entry.name(), entry.url(), entry.kind(), FacetLabels.kindLabel(entry),
                SearchGroup.of(entry.kind()).id(), entry.curated(), scoreDoc.score, snippet, explained.reasons(), explained.passages(), explanation);
    }
}
