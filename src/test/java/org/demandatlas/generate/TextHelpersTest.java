package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Casing styles, template filling and prose numbers. */
class TextHelpersTest {
    @Test
    void caseStylesKeepAcronyms() {
        assertEquals("SOAP orders", Casing.sentenceCase("SOAP Orders"));
        assertEquals("It-based tactics", Casing.sentenceCase("it-based tactics"));
        assertEquals("SOAP (Stay Out of Areas of Prostitution) Orders",
                Casing.titleCase("SOAP (Stay Out of Areas of Prostitution) orders"));
        assertEquals("Web-Based Reverse Stings", Casing.titleCase("Web-based reverse stings"));
        assertEquals("Sex Buyer Fired and/or Resigned Due to Arrest",
                Casing.titleCase("Sex buyer fired and/or resigned due to arrest"));
        assertEquals("IT-based tactics", Casing.lowerWords("IT-Based Tactics"));
        assertEquals("reverse STINGS", Casing.shoutLastWord("Reverse stings"));
        assertEquals("CAMERAS", Casing.shoutLastWord("Cameras"));
    }

    @Test
    void casingIgnoresTheDefaultLocale() {
        assertEquals("IDENTITY DISCLOSURE", Casing.upper("Identity disclosure"));
        assertEquals("it based tactics", Casing.lower("IT Based Tactics"));
    }

    @Test
    void articlesAgreeWithTheNextWord() {
        assertEquals("An aggressive sweep and an open case, a quiet one.",
                Casing.fixArticles("A aggressive sweep and a open case, a quiet one."));
        assertEquals("Alabama has a plan", Casing.fixArticles("Alabama has a plan"));
    }

    @Test
    void templatesAreFilledLiterallyOncePerSlot() {
        int[] calls = {0};
        String filled = Templates.fill("{a} costs {b} and {a}", slot -> slot.equals("a") ? "$1\\" + ++calls[0] : "x");
        assertEquals("$1\\1 costs x and $1\\2", filled);
        assertEquals(List.of("a", "b", "a"), Templates.slots("{a} costs {b} and {a}"));
    }

    @Test
    void anUnknownSlotIsRejectedWhenTheVocabularyIsLoaded() {
        Vocabulary v = Vocabulary.load();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Vocabulary(
                v.nameRoots(), v.nameSuffixes(), v.nameVariants(), v.legacyTacticOrder(), v.partners(),
                v.cityPartners(), v.countyPartners(), v.publishers(), v.localPublishers(), v.sourceCategories(),
                List.of("{mayor} Resigns"), v.introTemplates(), v.sentenceTemplates(), v.tacticSentenceTemplates(),
                v.quoteLeads(), v.quoteTemplates(), v.headingTemplates(), Map.of("noun", List.of("x"))));
        assertEquals("unknown slot {mayor} in template: {mayor} Resigns", e.getMessage());
    }

    @Test
    void proseRoundsPopulationToThreeSignificantDigits() {
        assertEquals("114,000", ProfileSlots.approximately(113_811));
        assertEquals("12,900", ProfileSlots.approximately(12_876));
        assertEquals("950", ProfileSlots.approximately(950));
        assertEquals("2,480,000", ProfileSlots.approximately(2_481_234));
    }

    @Test
    void theVocabularyIsLargeEnoughForMeaningfulSearch() {
        Vocabulary v = Vocabulary.load();
        long words = v.words().values().stream().mapToLong(List::size).sum();
        assertEquals(true, words >= 300, words + " words");
    }
}
