package org.demandatlas.index;

import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.text.DataFiles;

/**
 * How results are ranked, read from {@code ranking.json} beside this class and exported as is to the static
 * site, so that the live and the static search rank alike.
 *
 * @param fieldBoosts  weight of a match in each text field of {@link SearchFields#TEXT}
 * @param docBoosts    multiplier of a whole entry's score: {@code curated} for curated profiles, else by kind
 * @param maxWords     words of a query beyond this many are ignored
 * @param prefix       how an unknown last word is completed as a prefix of corpus words
 * @param fuzzy        how an unknown word is corrected to corpus words within one or two edits
 * @param synonymBoost weight of a tactic named by one of its synonyms
 */
public record RankingConfig(Map<String, Double> fieldBoosts, Map<String, Double> docBoosts, int maxWords,
                            Prefix prefix, Fuzzy fuzzy, double synonymBoost) {
    /** Completion of the last word: only words of at least {@code minLength} characters. */
    public record Prefix(int minLength, int maxExpansions, double boost) {
    }

    /** Typo tolerance: one edit from {@code minLength} characters, two from {@code twoEditsMinLength}. */
    public record Fuzzy(int minLength, int twoEditsMinLength, int prefixLength, int maxExpansions) {
    }

    public RankingConfig {
        fieldBoosts = new TreeMap<>(fieldBoosts);
        docBoosts = new TreeMap<>(docBoosts);
        for (String field : SearchFields.TEXT) {
            if (!fieldBoosts.containsKey(field)) {
                throw new IllegalArgumentException("ranking: no boost for field " + field);
            }
        }
        if (!docBoosts.containsKey("curated")) {
            throw new IllegalArgumentException("ranking: no boost for curated entries");
        }
    }

    public static RankingConfig load() {
        return DataFiles.readJson(RankingConfig.class, "ranking.json", RankingConfig.class);
    }

    public float fieldBoost(String field) {
        return fieldBoosts.get(field).floatValue();
    }

    /** The multiplier of an entry's score: the curated boost, else its kind's boost, else 1. */
    public double docBoost(String kind, boolean curated) {
        return curated ? docBoosts.get("curated") : docBoosts.getOrDefault(kind, 1.0);
    }
}
