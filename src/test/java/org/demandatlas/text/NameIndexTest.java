package org.demandatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static final List<String> VOCABULARY = List.of("Hartford", "East Hartford", "Windsor", "Windsor Locks",
            "St. Louis", "New York", "York", "Yorkton", "City", "Ann Arbor", "Arbor", "(Old) Town", "Town", "Port",
            "A1", "Mt.");

    /** Trying every name is the oracle: every name that matches is a candidate, whatever the sentence. */
    @Test
    void everyNameThatMatchesIsACandidate() {
        NameIndex index = new NameIndex(VOCABULARY);
        List<String> words = new ArrayList<>(VOCABULARY);
        words.addAll(List.of("in", "police", "East", "New", "Yorkers", "YorkCity", ",", ".", "_", "-", "ñ", "é"));
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                sentence.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            Set<Integer> candidates = index.candidates(sentence);
            for (int i = 0; i < VOCABULARY.size(); i++) {
                if (index.pattern(i).matcher(sentence).find()) {
                    matched++;
                    assertTrue(candidates.contains(i), VOCABULARY.get(i) + " in " + sentence);
                }
            }
        }
        assertTrue(matched > 5000, "the random sentences name places: " + matched);
    }

    @Test
    void onlyNamesKeyedByTheSentencesRunsAreTried() {
        NameIndex index = new NameIndex(VOCABULARY);
        assertEquals(new TreeSet<>(List.of(0, 2, 3, 11)), index.candidates("Windsor police met Hartford officials"),
                "Hartford, Windsor, Windsor Locks and the unkeyed (Old) Town");
    }
}
