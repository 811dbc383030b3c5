package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects every entry a query matches with its score, in ordinal order. */
final class PostingsCollector extends SimpleCollector {
    private int[] docs = new int[16];
    private float[] weights = new float[16];
    private Scorable scorer;
    private int docBase;
    private int count;
    private boolean sorted = true;

    static Postings collect(IndexSearcher searcher, Query query, String term) {
        PostingsCollector collector = new PostingsCollector();
        try {
            searcher.search(query, collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot score term " + term + " in the in-memory index", e);
        }
        return collector.postings(term);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorable) {
        this.scorer = scorable;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (count == docs.length) {
            docs = Arrays.copyOf(docs, count * 2);
            weights = Arrays.copyOf(weights, count * 2);
        }
        sorted &= count == 0 || docs[count - 1] < docBase + doc;
        docs[count] = docBase + doc;
        weights[count++] = scorer.score();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    private Postings postings(String term) {
        int[] d = Arrays.copyOf(docs, count);
        float[] w = Arrays.copyOf(weights, count);
        if (!sorted) {
            Integer[] order = new Integer[count];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
            Arrays.setAll(d, i -> docs[order[i]]);
            for (int i = 0; i < count; i++) {
                w[i] = weights[order[i]];
            }
        }
        return new Postings(term, d, w);
    }
}
