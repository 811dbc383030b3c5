package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.text.AtlasAnalyzer;
import org.junit.jupiter.api.Test;

class AtlasAnalyzerTest {
    private static final List<TacticDefinition> TAXONOMY = ReferenceData.loadTaxonomy().tactics();
    private static final TacticSynonyms SYNONYMS = TacticSynonyms.of(TAXONOMY, AtlasAnalyzer.terms());

    @Test
    void surfaceWordsAreLowerCasedAndFoldedButNotStemmed() {
        assertEquals(List.of("hartford's", "canon", "city", "reverse", "stings", "the", "53a", "82"),
                AtlasAnalyzer.surface().tokens("Hartford\u2019s Cañon City: REVERSE stings, the \u00a753a-82"));
    }

    @Test
    void termsDropPossessivesAndStopWordsAndAreStemmed() {
        assertEquals(List.of("hartford", "canon", "citi", "revers", "sting"),
                AtlasAnalyzer.terms().tokens("Hartford\u2019s Cañon City: REVERSE stings, the"));
    }

    @Test
    void indexingAddsTheConceptOfATacticNamedByAnySynonym() {
        AtlasAnalyzer indexing = AtlasAnalyzer.indexing(SYNONYMS.map());
        assertEquals(List.of("#reverse-stings", "john", "sting", "us", "undercov"),
                indexing.tokens("John stings using undercover officers").subList(0, 5));
        assertEquals(List.of("#identity-disclosure", "shame"), indexing.tokens("shaming"));
        assertEquals(List.of("#soap-orders", "stai", "out", "area", "prostitut"),
                indexing.tokens("Stay Out of Areas of Prostitution"));
        assertEquals(List.of("#web-stings", "onlin", "revers", "sting"), indexing.tokens("an online reverse sting"));
    }

    @Test
    void everyNameAndSynonymOfTheTaxonomyNamesItsTactic() {
        int checked = 0;
        for (TacticDefinition tactic : TAXONOMY) {
            for (String name : TacticSynonyms.namesOf(tactic)) {
                List<String> concepts = SYNONYMS.conceptsIn(AtlasAnalyzer.terms().tokens(name));
                assertEquals(List.of(TacticSynonyms.conceptOf(tactic.id())), concepts, name);
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked);
    }

    @Test
    void theLongestSynonymWinsAndMatchesDoNotOverlap() {
        assertEquals(List.of("#web-stings"), SYNONYMS.conceptsIn(List.of("onlin", "revers", "sting")));
        assertEquals(List.of("#reverse-stings", "#community-service"),
                SYNONYMS.conceptsIn(List.of("john", "sting", "commun", "servic")));
        assertEquals(List.of("#john-school"), SYNONYMS.conceptsIn(List.of("john", "school", "sting")));
    }

    @Test
    void rulesAreSortedAndExportable() {
        List<String> inputs = SYNONYMS.rules().stream().map(r -> String.join(" ", r.terms())).toList();
        assertEquals(inputs.stream().sorted().toList(), inputs);
        assertTrue(SYNONYMS.rules().contains(new TacticSynonyms.Rule(List.of("john", "sting"),
                List.of("#reverse-stings"))));
    }
}
