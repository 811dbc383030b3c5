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

/**
 * Every entry a query matches with its score, in ordinal order, into two arrays: no priority queue of all entries
 * and no {@code ScoreDoc} per match. It asks for the scorers of {@link ScoreMode#TOP_SCORES}, as Lucene's own
 * top-hits collector does, and never raises a minimum score, so that it gets every match with the same score
 * that collector computes.
 */
final class MatchCollector extends SimpleCollector {
    /** The matches: entry ordinals ascending, and each one's score. */
    record Matches(int[] docs, float[] scores, int count) {
    }

    private int[] docs;
    private float[] scores;
    private Scorable scorer;
    private int docBase;
    private int count;

    private MatchCollector(int capacity) {
        docs = new int[capacity];
        scores = new float[capacity];
    }

    static Matches collect(IndexSearcher searcher, Query query) {
        MatchCollector collector = new MatchCollector(16);
        try {
            searcher.search(query, collector);
        } catch (IOException e) {
            throw new UncheckedIOException("search of the in-memory index failed", e);
        }
        return new Matches(collector.docs, collector.scores, collector.count);
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
            scores = Arrays.copyOf(scores, count * 2);
        }
        docs[count] = docBase + doc;
        scores[count++] = scorer.score();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }
}
