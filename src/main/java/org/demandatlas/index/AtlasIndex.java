package org.demandatlas.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * A built atlas index, ready to search and to export: the Lucene index (one segment, doc id = entry ordinal),
 * the entries it was built from, its vocabulary, synonyms and ranking, and facet labels.
 *
 * @param labels facet dimension → value → display label (tactic id → name, state code → name, …)
 */
public record AtlasIndex(Directory directory, DirectoryReader reader, IndexSearcher searcher, Analyzer analyzer,
                         List<SearchEntry> entries, SurfaceDictionary dictionary, TacticSynonyms synonyms,
                         RankingConfig ranking, FacetsConfig facetsConfig, SortedSetDocValuesReaderState facetState,
                         Map<String, Map<String, String>> labels) implements Closeable {
    public AtlasIndex {
        entries = List.copyOf(entries);
        labels = Map.copyOf(labels);
    }

    public TermScoring scoring() {
        return new TermScoring(ranking);
    }

    public QueryPlanner planner() {
        return new QueryPlanner(dictionary, synonyms, ranking);
    }

    public SearchEntry entry(int ordinal) {
        return entries.get(ordinal);
    }

    /** The display label of a facet value; the value itself when it has none. */
    public String label(String dim, String value) {
        return labels.getOrDefault(dim, Map.of()).getOrDefault(value, value);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
