package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final Taxonomy taxonomy = ReferenceData.loadTaxonomy();

    @Test
    void taxonomyHasTheCurrentFifteenTactics() {
        assertEquals(15, taxonomy.tactics().size());
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
