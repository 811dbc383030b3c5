package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The live search: plans the query text ({@link QueryPlanner}), scores it with the same term weights the static
 * site adds up ({@link TermScoring}), filters on tactic, state and type, counts facets over all matches, and
 * explains the hits of the requested page: their passages and reasons ({@link PassageFinder}). Any {@link SearchQuery} gets an answer; none throws.
 */
public final class SearchService {
    private final AtlasIndex index;
    private final PassageFinder passages;
    private final Set<String> indexedDims = new HashSet<>();
    private final QueryPlanner planner;
    private final TermScoring scoring;

    public SearchService(AtlasIndex index) {
        this.index = index;
        this.planner = index.planner();
        this.scoring = index.scoring();
        this.passages = new PassageFinder(index.dictionary());
        index.facetState().getDims().forEach(indexedDims::add);
    }

    public SearchResults search(SearchQuery query) {
        QueryPlan plan = planner.plan(query.text());
        Query text = plan.toQuery(scoring);
        try {
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(index.searcher(),
                    filtered(text, query), query.page() * query.pageSize(), new FacetsCollectorManager());
            TopDocs page = page(found.topDocs(), query);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : page.scoreDocs) {
                hits.add(hit(scoreDoc, plan));
            }
            return new SearchResults(query.text(), total(found.facetsCollector()), query.page(), query.pageSize(),
                    hits, facets(found.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException("search of the in-memory index failed", e);
        }
    }

    /** The query's plan, for tools that explain or compare rankings. */
    public QueryPlan plan(String text) {
        return planner.plan(text);
    }

    private static Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        boolean byEvidence = !query.evidence().isEmpty();
        for (String dim : SearchFields.DIMS) {
            if (byEvidence && dim.equals(SearchFields.DIM_TACTIC)) {
                continue; // the tactic/level filter below also covers tactics described but not listed
            }
            query.filter(dim).ifPresent(value -> filtered.add(
                    new TermQuery(new Term(SearchFields.filterField(dim), value)), BooleanClause.Occur.FILTER));
        }
        if (byEvidence) {
            Term term = query.tactic().isEmpty() ? new Term(SearchFields.EVIDENCE, query.evidence())
                    : new Term(SearchFields.TACTIC_EVIDENCE, query.tactic() + "/" + query.evidence());
            filtered.add(new TermQuery(term), BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    private static TopDocs page(TopDocs top, SearchQuery query) {
        int from = Math.min(top.scoreDocs.length, (query.page() - 1) * query.pageSize());
        return new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
    }

    private SearchHit hit(ScoreDoc scoreDoc, QueryPlan plan) {
        SearchEntry entry = index.entry(scoreDoc.doc);
        PassageFinder.Explained explained = passages.explain(plan, entry);
        String snippet = explained.passages().isEmpty() ? "" : explained.passages().get(0).html();
        return new SearchHit(entry.id(), entry.name(), entry.url(), entry.kind(), FacetLabels.kindLabel(entry),
                entry.curated(), scoreDoc.score, snippet, explained.reasons(), explained.passages());
    }

    private static long total(FacetsCollector collector) {
        return collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector collector) throws IOException {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        boolean any = total(collector) > 0;
        Facets counts = any ? new SortedSetDocValuesFacetCounts(index.facetState(), collector) : null;
        for (String dim : SearchFields.DIMS) {
            Map<String, Integer> values = new TreeMap<>();
            FacetResult result = any && indexedDims.contains(dim) ? counts.getAllChildren(dim) : null;
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.put(value.label, value.value.intValue());
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }
}
