package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.demandatlas.model.Citation;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Partner;
import org.demandatlas.model.TacticUse;
import org.junit.jupiter.api.Test;

/** Classes 11 and 16 of the trust audit, on profiles written for this test: list shapes and normalisation. */
class NormalisationTest {
    private static ParsedDocument profile(String tactics, String partners, String sources) {
        return Fixtures.parse("Springfield, MA\n\nTactics Used\n\n" + tactics + "\n\nPolice held a reverse sting.\n\n"
                + "Key Partners\n\n" + partners + "\n\nKey Sources\n\n" + sources
                + "\n\nState Massachusetts\nType City\nPopulation 155929\n");
    }

    private static List<String> tactics(ParsedDocument parsed) {
        return parsed.jurisdiction().tactics().stream().map(t -> t.id() + (t.known() ? "" : "?")).toList();
    }

    @Test
    void tacticListsWithAnyBulletGlyphOrNone() {
        for (String glyph : List.of("\u2022", "\u25CF", "\u25E6", "\u25AA", "\u2023", "-", "*", "\u00B7", "")) {
            ParsedDocument parsed = profile("  " + glyph + " Reverse stings\n  " + glyph + " John school",
                    "  " + glyph + " Springfield Police Department", "");
            assertEquals(List.of("reverse-stings", "john-school"), tactics(parsed), "glyph '" + glyph + "'");
            assertEquals(List.of("Springfield Police Department"),
                    parsed.jurisdiction().partners().stream().map(Partner::name).toList(), "glyph '" + glyph + "'");
        }
    }

    @Test
    void tacticListsOnOneLineWithCommasOrSemicolons() {
        assertEquals(List.of("reverse-stings", "john-school", "web-stings"),
                tactics(profile("Reverse stings, John school, Web stings", "", "")));
        assertEquals(List.of("reverse-stings", "john-school", "web-stings"),
                tactics(profile("Reverse stings; John school;Web stings", "", "")));
        assertEquals(List.of("soap-orders"), tactics(profile("SOAP (Stay Out of Areas of Prostitution) orders", "",
                "")));
    }

    @Test
    void aCurlyApostropheMeetsTheTaxonomysStraightOne() {
        List<TacticUse> uses = profile("Driver\u2019s License Suspension\nWeb-Based Reverse Stings", "", "")
                .jurisdiction().tactics();
        assertEquals(List.of("license-suspension", "web-stings"), uses.stream().map(TacticUse::id).toList());
        assertEquals("Driver\u2019s License Suspension", uses.get(0).asWritten());
    }

    @Test
    void citationsKeepNoIsoDateInThePublisherNoEmptyPublisherAndNoFinalPeriodInTheTitle() {
        List<Citation> citations = profile("Reverse stings", "", "Reverse Stings:\n\n"
                + "  \u2022 \u201CPolice Hold Sting,\u201D Springfield Republican, 2019-09-06.\n"
                + "  \u2022 \u201CCity Report on Demand.\u201D\n"
                + "  \u2022 Annual report of the council, 2016.").jurisdiction().sources().get(0).citations();
        assertEquals("Springfield Republican", citations.get(0).publisher());
        assertEquals("2019-09-06", citations.get(0).date());
        assertEquals("City Report on Demand", citations.get(1).title());
        assertNull(citations.get(1).publisher());
        assertNull(citations.get(1).date());
        assertNull(citations.get(2).publisher());
        assertEquals("Annual report of the council", citations.get(2).title());
    }
}
