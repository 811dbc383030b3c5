package org.demandatlas.index.shards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.SearchFields;

/**
 * The postings of one index term with Lucene's own scores: the entries that contain it, ascending, and for each
 * the score of {@link TermScoring#termQuery(String)} — BM25 per field, field boosts, entry boost — as Lucene's
 * searcher computes it, so the static site adds up exactly the numbers the live search adds up.
 */
record TermPostings(String term, int[] docs, float[] weights) {

    /** Every term of the scored text fields, sorted (Java string order, which is JavaScript's too). */
    static SortedSet<String> terms(AtlasIndex index) {
        SortedSet<String> all = new TreeSet<>();
        try {
            for (String field : SearchFields.TEXT) {
                Terms terms = MultiTerms.getTerms(index.reader(), field);
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

    static TermPostings of(AtlasIndex index, String term) {
        Collector collector = new Collector();
        try {
            index.searcher().search(index.scoring().termQuery(term), collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot score term " + term, e);
        }
        return collector.postings(term);
    }

    /**
     * The postings as one JSON array grouped by weight — {@code [w1, [gaps…], w2, [gaps…], …]}: each distinct
     * weight (largest group first, then by value) followed by its entry ordinals as gaps from the previous one.
     * Entries of like length and frequency share a weight, which makes this about a third of a flat list's size.
     */
    String toJson() {
        Map<Float, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < docs.length; i++) {
            groups.computeIfAbsent(weights[i], w -> new ArrayList<>()).add(docs[i]);
        }
        List<Map.Entry<Float, List<Integer>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<Float, List<Integer>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (Map.Entry<Float, List<Integer>> group : ordered) {
            StringJoiner gaps = new StringJoiner(",", "[", "]");
            int previous = 0;
            for (int doc : group.getValue()) {
                gaps.add(Integer.toString(doc - previous));
                previous = doc;
            }
            json.add(format(group.getKey())).add(gaps.toString());
        }
        return json.toString();
    }

    /** The shortest decimal that reads back as the same float (no trailing {@code .0}). */
    static String format(float value) {
        String text = Float.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Collects every matching entry with its score, in ordinal order. */
    private static final class Collector extends SimpleCollector {
        private int[] docs = new int[16];
        private float[] weights = new float[16];
        private Scorable scorer;
        private int docBase;
        private int count;
        private boolean sorted = true;

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

        TermPostings postings(String term) {
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
            return new TermPostings(term, d, w);
        }
    }
}
