package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The live search: plans the query text ({@link QueryPlanner}), scores it with the same term weights the static
 * site adds up ({@link TermScoring}), filters the matches ({@link SearchFilters}: OR within a dimension, AND across)
 * and counts each dimension's values over the matches that pass the other dimensions' filters, orders them
 * ({@link SearchSort}), and explains the hits of the requested page: their passages and reasons
 * ({@link PassageFinder}), with {@code explain} also Lucene's explanation of the score. Any {@link SearchQuery}
 * gets an answer; none throws.
 *
 * <p>What a search costs is kept to its matches: they are collected into arrays ({@link MatchCollector}), filtered
 * and counted by ordinals and bit sets made once per index ({@link EntryFacets}, {@link FacetCounter}), and only
 * the requested page is picked from them ({@link RankKeys}) and explained; {@code SearchServiceOracleTest} holds
 * this to the plain reading of the rules.
 */
public final class SearchService {
    private final AtlasIndex index;
    private final PassageFinder passages;
    private final QueryPlanner planner;
    private final TermScoring scoring;
    private final Map<SearchSort, int[]> positions = new EnumMap<>(SearchSort.class);
    private final EntryFacets facets;

    public SearchService(AtlasIndex index) {
        this.index = index;
        this.planner = index.planner();
        this.scoring = index.scoring();
        this.passages = new PassageFinder(index.dictionary());
        this.facets = new EntryFacets(index.entries());
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
        MatchCollector.Matches matches = MatchCollector.collect(index.searcher(), text);
        EntryFacets.Selection selection = facets.filter(query.filters());
        FacetCounter counter = new FacetCounter(facets, selection, query.filters());
        int[] position = positions.get(query.sort());
        long[] keys = new long[matches.count()];
        int accepted = 0;
        for (int i = 0; i < matches.count(); i++) {
            int doc = matches.docs()[i];
            if (selection.accepted() == null || selection.accepted().get(doc)) {
                keys[accepted++] = position == null ? RankKeys.byScore(matches.scores()[i], i)
                        : RankKeys.byPosition(position[doc], i);
            }
            counter.add(doc);
        }
        int from = Math.min(accepted, (query.page() - 1) * query.pageSize());
        long[] ranked = RankKeys.largest(keys, accepted, Math.min(accepted, from + query.pageSize()));
        List<SearchHit> hits = new ArrayList<>();
        for (int r = from; r < ranked.length; r++) {
            int match = RankKeys.match(ranked[r]);
            ScoreDoc scoreDoc = new ScoreDoc(matches.docs()[match], matches.scores()[match]);
            hits.add(hit(scoreDoc, plan, query.explain() ? explanation(text, scoreDoc) : ""));
        }
        return new SearchResults(query.text(), accepted, query.page(), query.pageSize(), hits, counter.counts(),
                groups(matches, keys, accepted));
    }

    private String explanation(Query text, ScoreDoc scoreDoc) {
        try {
            return index.searcher().explain(text, scoreDoc.doc).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("explaining a score of the in-memory index failed", e);
        }
    }

    /**
     * The groups of the accepted matches, in the order of each group's best match in the result order, with their
     * counts.
     */
    private List<SearchResults.Group> groups(MatchCollector.Matches matches, long[] keys, int accepted) {
        Map<SearchGroup, long[]> best = new LinkedHashMap<>(); // group -> {best key, count}
        for (int i = 0; i < accepted; i++) {
            long key = keys[i];
            int doc = matches.docs()[RankKeys.match(key)];
            long[] group = best.computeIfAbsent(SearchGroup.of(index.entry(doc).kind()), g -> new long[] {key, 0});
            group[0] = Math.max(group[0], key);
            group[1]++;
        }
        return best.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<SearchGroup, long[]> g) -> g.getValue()[0]).reversed())
                .map(g -> new SearchResults.Group(g.getKey().id(), g.getKey().label(), (int) g.getValue()[1]))
                .toList();
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
