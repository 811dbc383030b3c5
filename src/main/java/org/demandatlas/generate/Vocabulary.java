package org.demandatlas.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.text.DataFiles;

/**
 * The words and templates synthetic profiles are made of (resource {@code vocabulary.json}): name parts, partner and
 * publisher pools, the real Key Sources categories, and {@code {slot}} templates for titles, sentences and headings.
 * Every slot a template uses must be one of {@link #FIXED_SLOTS} or a key of {@code words}.
 */
public record Vocabulary(List<String> nameRoots, List<String> nameSuffixes, List<NameVariant> nameVariants,
                         List<String> legacyTacticOrder, List<String> partners, List<String> cityPartners,
                         List<String> countyPartners, List<String> publishers, List<String> localPublishers,
                         List<String> sourceCategories, List<String> titleTemplates, List<String> introTemplates,
                         List<String> sentenceTemplates, List<String> tacticSentenceTemplates,
                         List<String> quoteLeads, List<String> quoteTemplates, List<String> headingTemplates,
                         Map<String, List<String>> words) {
    /** Slots filled from the profile itself rather than from {@code words}. */
    public static final Set<String> FIXED_SLOTS = Set.of("place", "state", "kind", "population", "year", "month",
            "number", "tactic", "Tactic");
    private static final String RESOURCE = "vocabulary.json";

    /** A way to turn a base name into a jurisdiction name: {@code "{name} County"} makes a county. */
    public record NameVariant(String pattern, JurisdictionType type) {
    }

    public Vocabulary {
        nameRoots = list(nameRoots);
        nameSuffixes = list(nameSuffixes);
        nameVariants = list(nameVariants);
        legacyTacticOrder = list(legacyTacticOrder);
        partners = list(partners);
        cityPartners = list(cityPartners);
        countyPartners = list(countyPartners);
        publishers = list(publishers);
        localPublishers = list(localPublishers);
        sourceCategories = list(sourceCategories);
        titleTemplates = list(titleTemplates);
        introTemplates = list(introTemplates);
        sentenceTemplates = list(sentenceTemplates);
        tacticSentenceTemplates = list(tacticSentenceTemplates);
        quoteLeads = list(quoteLeads);
        quoteTemplates = list(quoteTemplates);
        headingTemplates = list(headingTemplates);
        words = Map.copyOf(words);
        words.values().forEach(Vocabulary::list);
        Set<String> known = words.keySet();
        templates(cityPartners, countyPartners, localPublishers, titleTemplates, introTemplates, sentenceTemplates,
                tacticSentenceTemplates, quoteLeads, quoteTemplates, headingTemplates)
                .forEach(template -> requireKnownSlots(template, known));
    }

    /** The vocabulary shipped beside this class. */
    public static Vocabulary load() {
        return DataFiles.readJson(Vocabulary.class, RESOURCE, Vocabulary.class);
    }

    /** The word list of a slot such as {@code noun}; throws for a slot the vocabulary does not define. */
    public List<String> words(String slot) {
        List<String> list = words.get(slot);
        if (list == null) {
            throw new IllegalArgumentException("unknown template slot {" + slot + "}");
        }
        return list;
    }

    @SafeVarargs
    private static Stream<String> templates(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream);
    }

    private static void requireKnownSlots(String template, Set<String> words) {
        for (String slot : Templates.slots(template)) {
            if (!FIXED_SLOTS.contains(slot) && !words.contains(slot)) {
                throw new IllegalArgumentException("unknown slot {" + slot + "} in template: " + template);
            }
        }
    }

    private static <T> List<T> list(List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("vocabulary lists must not be empty");
        }
        return List.copyOf(values);
    }
}
