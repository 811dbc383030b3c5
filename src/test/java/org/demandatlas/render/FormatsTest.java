package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.demandatlas.model.JurisdictionType;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void numbersUseCommasWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("124,563", Formats.number(124_563L));
            assertEquals("1,234,567", Formats.number(1_234_567L));
            assertEquals(null, Formats.number(null));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void datesAreWrittenOutInEnglish() {
        assertEquals("April 29, 2006", Formats.date("2006-04-29"));
        assertEquals("June 2008", Formats.date("2008-06"));
        assertEquals("2011", Formats.date("2011"));
        assertEquals("n.d.", Formats.date(null));
    }

    @Test
    void labelsAndPlurals() {
        assertEquals("County", Formats.type(JurisdictionType.COUNTY));
        assertEquals("1 tactic", Formats.plural(1, "tactic", "tactics"));
        assertEquals("1,000 tactics", Formats.plural(1000, "tactic", "tactics"));
    }

    @Test
    void baseUrlIsCheckedAndGetsATrailingSlash() {
        assertEquals("https://example.org/atlas/", RenderOptions.withBaseUrl("https://example.org/atlas").baseUrl().value());
        assertEquals("https://example.org/ct/hartford/",
                RenderOptions.withBaseUrl("https://example.org").findAbsoluteUrl("/ct/hartford/").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.withBaseUrl("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.withBaseUrl("https://x/\"><b>"));
    }

    @Test
    void bibtexEscapesTexSpecials() {
        assertEquals("50\\% \\& \\$5 \\{x\\} \\textbackslash{} \\#1 a\\_b \\textasciitilde{}",
                CitationFormats.escape("50% & $5 {x} \\ #1 a_b ~"));
    }

    @Test
    void jsonForScriptsEscapesMarkup() {
        var node = Json.object().put("name", "</script><!-- & \u2028");
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", Json.forScript(node));
    }
}
