package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demandatlas.generate.SyntheticProfile.Layout;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.States;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;

/**
 * Composes one synthetic profile from its own random stream: name, population, tactics, narrative, partners,
 * sources and layout, always drawn in this order so that a profile depends on nothing but (seed, index).
 */
final class ProfileFactory {
    private static final int MAX_PARTNERS = 5;
    private static final double LOCAL_PARTNER = 0.2;
    private static final double EMPTY_HEADING = 0.5;
    private static final double LOCATION = 0.4;
    private static final double EXTRA_BLANK_LINE = 0.05;
    private static final int MAX_PHRASE_WORDS = 3;
    private final Vocabulary vocabulary;
    private final Taxonomy taxonomy;
    private final NameGenerator names;
    private final TacticListGenerator tacticLists;
    private final NarrativeGenerator narratives;
    private final CitationGenerator citations;
    private final Map<String, List<String>> phrases;

    ProfileFactory(Taxonomy taxonomy, States states, Vocabulary vocabulary, int maxProfiles) {
        this.vocabulary = vocabulary;
        this.taxonomy = taxonomy;
        this.names = new NameGenerator(vocabulary, states.all(), maxProfiles);
        this.tacticLists = new TacticListGenerator(taxonomy, vocabulary);
        this.narratives = new NarrativeGenerator(vocabulary);
        this.citations = new CitationGenerator(vocabulary);
        this.phrases = taxonomy.tactics().stream()
                .collect(Collectors.toUnmodifiableMap(TacticDefinition::id, ProfileFactory::phrases));
    }

    SyntheticProfile create(long seed, int index) {
        Dice dice = Dice.forProfile(seed, index);
        PlaceName place = names.name(seed, index);
        long population = population(dice, place.type());
        TacticList tactics = tacticLists.generate(dice);
        List<TacticDefinition> used = tactics.ids().stream().map(taxonomy::requireById).toList();
        ProfileSlots slots = new ProfileSlots(vocabulary, dice, place, population, used,
                used.stream().map(tactic -> phrases.get(tactic.id())).toList());
        List<String> narrative = narratives.generate(dice, slots);
        List<String> partners = partners(dice, slots, place.type());
        List<SourceSection> sources = citations.generate(dice, slots);
        Layout layout = new Layout(!partners.isEmpty() || dice.chance(EMPTY_HEADING),
                !sources.isEmpty() || dice.chance(EMPTY_HEADING), dice.chance(LOCATION),
                dice.chance(EXTRA_BLANK_LINE));
        return new SyntheticProfile(index, place, population, tactics, narrative, partners, sources, layout);
    }

    /** Log-uniform: cities of 800 to 2.5 million people, counties of 8,000 to 5 million. */
    private static long population(Dice dice, JurisdictionType type) {
        double low = StrictMath.log(type == JurisdictionType.COUNTY ? 8_000 : 800);
        double high = StrictMath.log(type == JurisdictionType.COUNTY ? 5_000_000 : 2_500_000);
        return Math.round(StrictMath.exp(low + dice.unit() * (high - low)));
    }

    /** 0–5 distinct partners, mostly from the shared pool (so they recur across places), some local. */
    private List<String> partners(Dice dice, ProfileSlots slots, JurisdictionType type) {
        List<String> local = type == JurisdictionType.COUNTY ? vocabulary.countyPartners() : vocabulary.cityPartners();
        Set<String> partners = new LinkedHashSet<>();
        int count = Math.min(dice.between(0, MAX_PARTNERS), vocabulary.partners().size() + local.size());
        while (partners.size() < count) {
            partners.add(dice.chance(LOCAL_PARTNER)
                    ? slots.fill(dice.pick(local)) : dice.pick(vocabulary.partners()));
        }
        return new ArrayList<>(partners);
    }

    /** How running text names a tactic: its name or a short synonym, lower case except acronyms. */
    private static List<String> phrases(TacticDefinition tactic) {
        return Stream.concat(Stream.of(tactic.name()), tactic.synonyms().stream())
                .filter(name -> name.split(" ").length <= MAX_PHRASE_WORDS && !name.matches(".*[/()].*"))
                .map(Casing::lowerWords).distinct().toList();
    }
}
