package org.demandatlas.index;

import java.util.Set;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How a match in each field scores: BM25 for text, but a plain match (the field's boost, no idf, no length) for
 * the tactic list and the state. BM25's idf is per field, and nearly every profile lists a common tactic and every
 * entry has a state, so under BM25 "lists License Suspension" or "is in Connecticut" weighed less than one
 * mention in an article's body; as plain matches they weigh what the ranking says a listed tactic or a state is
 * worth, and curated profiles that list the tactic come before documents that only mention its words.
 */
final class AtlasSimilarity extends PerFieldSimilarityWrapper {
    static final AtlasSimilarity INSTANCE = new AtlasSimilarity();
    private static final Set<String> PLAIN_MATCH = Set.of(SearchFields.TACTICS, SearchFields.STATE);
    private final Similarity text = new BM25Similarity();
    private final Similarity plain = new BooleanSimilarity();

    private AtlasSimilarity() {
    }

    @Override
    public Similarity get(String field) {
        return PLAIN_MATCH.contains(field) ? plain : text;
    }
}
