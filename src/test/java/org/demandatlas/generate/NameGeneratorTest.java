package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.States;
import org.junit.jupiter.api.Test;

class NameGeneratorTest {
    private static final States STATES = ReferenceData.loadStates();
    private final NameGenerator names = new NameGenerator(Vocabulary.load(), STATES.all(), 1_000_000);

    /** From the rendered text (the bytes {@code generate} writes), without touching the disk. */
    @Test
    void fiveThousandProfilesHaveUniqueIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= 5_000; i++) {
            String text = CorpusGeneratorTest.GENERATOR.render(42, i);
            String header = text.substring(0, text.indexOf('\n'));
            int comma = header.lastIndexOf(", ");
            String id = Jurisdiction.idOf(STATES.requireByCode(header.substring(comma + 2)),
                    header.substring(0, comma));
            assertTrue(ids.add(id), "duplicate id " + id + " in " + CorpusGenerator.fileName(i));
        }
    }

    @Test
    void everyNameAStateCanHoldHasItsOwnSlug() {
        List<String> all = names.namesPerState();
        assertEquals(all.size(), all.stream().map(Slugs::slugify).distinct().count());
        assertTrue(names.capacity() >= CorpusGenerator.MAX_PROFILES, "capacity " + names.capacity());
    }

    @Test
    void theWholeNameSpaceOfASmallVocabularyIsUsedWithoutRepeats() {
        Vocabulary small = Vocabulary.load();
        small = new Vocabulary(small.nameRoots().subList(0, 3), small.nameSuffixes().subList(0, 2),
                small.nameVariants(), small.legacyTacticOrder(), small.partners(), small.cityPartners(),
                small.countyPartners(), small.publishers(), small.localPublishers(), small.sourceCategories(),
                small.titleTemplates(), small.introTemplates(), small.sentenceTemplates(),
                small.tacticSentenceTemplates(), small.quoteLeads(), small.quoteTemplates(),
                small.headingTemplates(), small.words());
        NameGenerator tiny = new NameGenerator(small, STATES.all(), 1);
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= tiny.capacity(); i++) {
            assertTrue(ids.add(tiny.name(5, i).id()), "index " + i);
        }
        assertEquals(3 * 2 * 4 * 51, ids.size());
    }

    @Test
    void countiesAndOnlyCountiesEndInCounty() {
        int counties = 0;
        for (int i = 1; i <= 2_000; i++) {
            PlaceName place = names.name(42, i);
            boolean county = place.type() == JurisdictionType.COUNTY;
            assertEquals(county, place.name().endsWith(" County"), place.name());
            assertTrue(!place.name().contains(",") && place.name().strip().equals(place.name()), place.name());
            counties += county ? 1 : 0;
        }
        assertTrue(counties > 300 && counties < 700, counties + " counties of 2000");
    }

    @Test
    void aVocabularyTooSmallForTheCorpusIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NameGenerator(Vocabulary.load(), STATES.all().subList(0, 1), 1_000_000));
        assertEquals("the vocabulary makes only 30400 distinct names, 1000000 are needed", e.getMessage());
    }
}
