package org.demandatlas.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A built atlas index, ready to search ({@link SearchService}) and to export: the entries it was built from, its
 * vocabulary, synonyms and ranking, facet labels, and every term with its Lucene-scored postings. The Lucene
 * handles (directory, reader, searcher, analyzer) stay inside this package: one segment, doc id =
 * entry ordinal.
 */
public final class AtlasIndex implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final List<SearchEntry> entries;
    private final SurfaceDictionary dictionary;
    private final TacticSynonyms synonyms;
    private final RankingConfig ranking;
    private final Map<String, Map<String, String>> labels;

    /** @param labels facet dimension → value → display label (tactic id → name, state code → name, …) */
    AtlasIndex(Directory directory, DirectoryReader reader, Analyzer analyzer, List<SearchEntry> entries,
               SurfaceDictionary dictionary, TacticSynonyms synonyms, RankingConfig ranking,
               Map<String, Map<String, String>> labels) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(AtlasSimilarity.INSTANCE);
        this.analyzer = analyzer;
        this.entries = List.copyOf(entries);
        this.dictionary = dictionary;
        this.synonyms = synonyms;
        this.ranking = ranking;
        this.labels = Map.copyOf(labels);
    }

    /** The entries in ordinal order. */
    public List<SearchEntry> entries() {
        return entries;
    }

    public SearchEntry entry(int ordinal) {
        return entries.get(ordinal);
    }

    public SurfaceDictionary dictionary() {
        return dictionary;
    }

    public TacticSynonyms synonyms() {
        return synonyms;
    }

    public RankingConfig ranking() {
        return ranking;
    }

    public QueryPlanner planner() {
        return new QueryPlanner(dictionary, synonyms, ranking);
    }

    /** The display label of a facet value; the value itself when it has none. */
    public String label(String dim, String value) {
        return labels.getOrDefault(dim, Map.of()).getOrDefault(value, value);
    }

    /** What each kind of hit is called on every hit; {@code curated} for curated profiles. */
    public Map<String, String> hitKindLabels() {
        return FacetLabels.hitKindLabels();
    }

    /** Every term of the scored text fields, sorted (Java string order, which is JavaScript's too). */
    public SortedSet<String> terms() {
        SortedSet<String> all = new TreeSet<>();
        try {
            for (String field : SearchFields.TEXT) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms != null) {
                    TermsEnum iterator = terms.iterator();
                    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                        all.add(term.utf8ToString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terms of the in-memory index", e);
        }
        return all;
    }

    /** The entries that contain {@code term}, each with the weight the live search gives it ({@link TermScoring}). */
    public Postings postings(String term) {
        return PostingsCollector.collect(searcher, scoring().termQuery(term), term);
    }

    TermScoring scoring() {
        return new TermScoring(ranking);
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
