package org.demandatlas.index;

/**
 * The postings of one index term with Lucene's own scores: the entry ordinals that contain it, ascending, and for
 * each the score of {@link TermScoring#termQuery(String)} — BM25 per field, field boosts, entry boost — as Lucene's
 * searcher computes it, so that the static site adds up exactly the numbers the live search adds up.
 */
public record Postings(String term, int[] docs, float[] weights) {
    public Postings {
        if (docs.length != weights.length) {
            throw new IllegalArgumentException("one weight per entry: " + term);
        }
        docs = docs.clone();
        weights = weights.clone();
    }

    @Override
    public int[] docs() {
        return docs.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    public int size() {
        return docs.length;
    }
}
