package org.demandatlas.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts the surface forms of the corpus while it is indexed: a filter in the indexing chain, right after
 * lower-casing and folding, sees every word once, so the vocabulary costs no second pass over the text. Counts
 * the entries (documents) each form occurs in; {@link #startEntry()} is called before each entry is indexed.
 * Single-threaded, like the indexing that drives it.
 */
final class SurfaceCounter {
    private static final int INITIAL_CAPACITY = 1 << 14;

    /** Per surface form: {entries it occurs in, last entry seen}. */
    private final CharArrayMap<int[]> counts = new CharArrayMap<>(INITIAL_CAPACITY, false);
    private int entry = -1;

    void startEntry() {
        entry++;
    }

    private void record(char[] buffer, int length) {
        int[] count = counts.get(buffer, 0, length);
        if (count == null) {
            counts.put(new String(buffer, 0, length), new int[] {1, entry});
        } else if (count[1] != entry) {
            count[0]++;
            count[1] = entry;
        }
    }

    /** Surface form → number of entries it occurs in. */
    Map<String, Integer> frequencies() {
        Map<String, Integer> frequencies = new TreeMap<>();
        // the map's keys are char arrays
        counts.forEach((surface, count) -> frequencies.put(new String((char[]) surface), count[0]));
        return frequencies;
    }

    TokenStream recording(TokenStream input) {
        return new Recorder(input);
    }

    private final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Recorder(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            record(term.buffer(), term.length());
            return true;
        }
    }
}
