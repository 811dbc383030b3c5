package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.SurfaceDictionary.Match;
import org.demandatlas.text.AtlasAnalyzer;
import org.junit.jupiter.api.Test;

class SurfaceDictionaryTest {
    private static final SurfaceDictionary DICTIONARY = new SurfaceDictionary(Map.of("waterbury", 3,
            "waterbury's", 1, "water", 2, "watery", 2, "waters", 5, "the", 9, "wtaer", 1, "stings", 4, "sting", 4),
            AtlasAnalyzer.terms());

    private static List<String> surfaces(List<Match> matches) {
        return matches.stream().map(m -> m.entry().surface() + ":" + m.distance()).toList();
    }

    @Test
    void mapsEverySurfaceToItsTermAndStopWordsToNothing() {
        assertEquals("waterburi", DICTIONARY.find("waterbury's").orElseThrow().term());
        assertEquals("sting", DICTIONARY.find("stings").orElseThrow().term());
        assertEquals("", DICTIONARY.find("the").orElseThrow().term());
        assertEquals(List.of("sting", "stings", "the", "water", "waterbury", "waterbury's", "waters", "watery",
                "wtaer"), DICTIONARY.entries().stream().map(SurfaceDictionary.Entry::surface).toList());
    }

    @Test
    void completionsAreTheMostFrequentWordsWithThePrefix() {
        assertEquals(List.of("waters:0", "waterbury:0", "water:0"), surfaces(DICTIONARY.completions("wat", 3)));
        assertEquals(List.of(), DICTIONARY.completions("th", 3), "stop words are never completions");
    }

    @Test
    void correctionsAreNearestThenMostFrequentSharingThePrefix() {
        assertEquals(List.of("waterbury:1"), surfaces(DICTIONARY.corrections("waterbery", 2, 1, 4)));
        assertEquals(List.of("water:1", "waters:2", "watery:2", "wtaer:2"),
                surfaces(DICTIONARY.corrections("watre", 2, 1, 4)));
        assertEquals(List.of("waterbury:1"), surfaces(DICTIONARY.corrections("wtaerbury", 1, 1, 4)),
                "a transposition is one edit");
        assertEquals(List.of("water:1"), surfaces(DICTIONARY.corrections("watre", 2, 1, 1)));
        assertEquals(List.of(), DICTIONARY.corrections("aterbury", 2, 1, 4), "the first letter must match");
    }

    @Test
    void theIndexVocabularyIsEverySurfaceFormOfEveryIndexedText() throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(TestAtlas.seeds().atlas())) {
            Map<String, TreeSet<Integer>> expected = new TreeMap<>();
            for (int ord = 0; ord < index.entries().size(); ord++) {
                for (String field : SearchFields.TEXT) {
                    for (String text : index.entry(ord).text(field)) {
                        for (String word : AtlasAnalyzer.surface().tokens(text)) {
                            expected.computeIfAbsent(word, w -> new TreeSet<>()).add(ord);
                        }
                    }
                }
            }
            Map<String, Integer> actual = new TreeMap<>();
            index.dictionary().entries().stream().filter(e -> e.docFreq() > 0)
                    .forEach(e -> actual.put(e.surface(), e.docFreq()));
            Map<String, Integer> expectedFrequencies = new TreeMap<>();
            expected.forEach((word, ords) -> expectedFrequencies.put(word, ords.size()));
            assertEquals(expectedFrequencies, actual);
            assertEquals(1, index.dictionary().find("shaming").orElseThrow().docFreq(),
                    "a synonym no profile uses: in its tactic's record only");
        }
    }
}
