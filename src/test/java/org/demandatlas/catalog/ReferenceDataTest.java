package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demandatlas.model.States;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final Taxonomy taxonomy = ReferenceData.loadTaxonomy();

    /** Whatever the taxonomy's size: ids are unique, and every tactic is found by its own name. */
    @Test
    void everyTacticHasItsOwnIdAndIsFoundByItsName() {
        assertTrue(taxonomy.tactics().size() > 1);
        assertEquals(taxonomy.tactics().size(), taxonomy.tactics().stream().map(TacticDefinition::id).distinct()
                .count());
        for (TacticDefinition tactic : taxonomy.tactics()) {
            assertEquals(tactic.id(), taxonomy.findByName(tactic.name()).orElseThrow().id(), tactic.name());
        }
    }

    @Test
    void synonymsAreMatchedIgnoringCaseAndWhiteSpace() {
        assertEquals("reverse-stings", taxonomy.findByName("  Reverse\u00a0stings ").orElseThrow().id());
        assertEquals("reverse-stings", taxonomy.findByName("john STINGS").orElseThrow().id());
        assertEquals("reverse-stings", taxonomy.findByName("street-level reverse stings").orElseThrow().id());
        assertEquals("identity-disclosure", taxonomy.findByName("shaming").orElseThrow().id());
        assertEquals("soap-orders",
                taxonomy.findByName("SOAP (Stay Out of Areas of Prostitution) orders").orElseThrow().id());
        assertEquals("it-based-tactics", taxonomy.findByName("IT-Based Tactics").orElseThrow().id());
        assertTrue(taxonomy.findByName("Crystal balls").isEmpty());
    }

    @Test
    void contextCategoriesSupportNoTactic() {
        assertTrue(taxonomy.isContextCategory("Background on Prostitution in the Area"));
    }

    @Test
    void statesAreTheFiftyAndDc() {
        States states = ReferenceData.loadStates();
        assertEquals(51, states.all().size());
        assertEquals("Connecticut", states.requireByCode("ct").name());
        assertEquals("CT", states.findByName("connecticut").orElseThrow().code());
    }
}
