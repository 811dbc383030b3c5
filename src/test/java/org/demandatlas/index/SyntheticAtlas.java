package org.demandatlas.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticUse;

/**
 * A deterministic synthetic atlas for benchmarks: {@code n} jurisdictions with invented names across the states,
 * most curated (tactics, partners, a narrative of templated sentences with invented names, sources), one article
 * per ten places, read by the build's pipeline ({@link TestAtlas}). Not realistic prose, but realistic sizes and a
 * vocabulary that grows with {@code n}.
 */
public final class SyntheticAtlas {
    private static final String[] SYLLABLES = {"wa", "ter", "bur", "ham", "ton", "ville", "ford", "ley", "mar", "lin",
        "sto", "ne", "ash", "brook", "dale", "field", "port", "glen", "ro", "ka", "mi", "sel", "tor", "vin", "quen"};
    private static final String[] SENTENCES = {
        "Police in {place} arrested {n} men in a {tactic} operation in {month} {year}.",
        "The {place} Police Department began conducting {tactic} in {year}, after complaints by residents.",
        "Officer {person} said that the operation targeted buyers near {street} and the motels along Route {n}.",
        "In {year}, {place} introduced {tactic} as part of a broader effort to reduce demand for commercial sex.",
        "Local media published the names of {n} arrested sex buyers, and the {publisher} reported on the case.",
        "According to {person}, the program has been delivered in {n} sessions with community partners.",
        "Residents of the {street} neighborhood organized a watch group and met with the {place} council.",
        "Prostitution activity in {place} occurs primarily indoors in hotels or apartments and is arranged online.",
        "The {agency} worked with {place} police on a {tactic} investigation that lasted {n} weeks.",
        "A {place} judge ordered {n} offenders to perform community service and attend an education program."};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};
    private static final String[] PUBLISHERS = {"Daily Courier", "Evening Star", "Valley News", "Tribune", "WXYZ-TV 5"};

    private SyntheticAtlas() {
    }

    public static Atlas generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TacticDefinition> taxonomy = ReferenceData.loadTaxonomy().tactics();
        List<StateRef> states = ReferenceData.loadStates().all();
        Map<String, Jurisdiction> jurisdictions = new TreeMap<>();
        List<Document> documents = new ArrayList<>();
        while (jurisdictions.size() < n) {
            StateRef state = states.get(random.nextInt(states.size()));
            String name = capitalize(word(random, 2 + random.nextInt(2)));
            String id = Jurisdiction.idOf(state, name);
            if (jurisdictions.containsKey(id)) {
                continue;
            }
            boolean curated = random.nextInt(10) > 0;
            List<String> docs = new ArrayList<>();
            if (!curated) {
                String docId = state.slug() + "-" + id.substring(id.indexOf('/') + 1) + "-article";
                documents.add(article(docId, name, id, random));
                docs.add(docId);
            }
            jurisdictions.put(id, curated ? profile(id, name, state, taxonomy, random)
                    : new Jurisdiction(id, name, state, JurisdictionType.CITY, null, false, List.of(), List.of(),
                    List.of(), List.of(), docs));
        }
        return TestAtlas.of(List.copyOf(jurisdictions.values()), documents).atlas();
    }

    private static Jurisdiction profile(String id, String name, StateRef state, List<TacticDefinition> taxonomy,
                                        SplittableRandom random) {
        List<TacticUse> tactics = new ArrayList<>();
        for (TacticDefinition tactic : taxonomy) {
            if (random.nextInt(3) == 0) {
                tactics.add(new TacticUse(tactic.id(), tactic.name(), tactic.name(), true, 1));
            }
        }
        List<Partner> partners = List.of(new Partner(slug(name) + "-police-department", name + " Police Department", 1));
        List<Citation> citations = List.of(new Citation("Police Nab " + (5 + random.nextInt(40)) + " in " + name
                + " Sting", PUBLISHERS[random.nextInt(PUBLISHERS.length)], null, "\u201c…\u201d", 1));
        List<SourceCategory> sources = List.of(new SourceCategory("Reverse Sting", List.of("reverse-stings"),
                citations, 1));
        return new Jurisdiction(id, name, state, random.nextInt(5) == 0 ? JurisdictionType.COUNTY
                : JurisdictionType.CITY, (long) random.nextInt(500_000), true, tactics, partners, sources,
                narrative(name, taxonomy, random, 4 + random.nextInt(5)), List.of());
    }

    private static Document article(String id, String name, String place, SplittableRandom random) {
        return new Document(id, DocumentKind.ARTICLE, "synthetic", "seeds/" + id + ".txt", "0".repeat(64),
                "Understanding Prostitution in " + name, place, null,
                narrative(name, List.of(), random, 6 + random.nextInt(6)));
    }

    private static List<Block> narrative(String place, List<TacticDefinition> taxonomy, SplittableRandom random,
                                         int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 3 + random.nextInt(3); s++) {
                text.append(s == 0 ? "" : " ").append(sentence(place, taxonomy, random));
            }
            blocks.add(new Block(BlockKind.PARAGRAPH, text.toString(), p + 1));
        }
        return blocks;
    }

    private static String sentence(String place, List<TacticDefinition> taxonomy, SplittableRandom random) {
        String tactic = taxonomy.isEmpty() ? "john sting" : pick(random, taxonomy.get(random.nextInt(taxonomy.size()))
                .synonyms()).toLowerCase(Locale.ROOT);
        return SENTENCES[random.nextInt(SENTENCES.length)].replace("{place}", place).replace("{tactic}", tactic)
                .replace("{n}", Integer.toString(2 + random.nextInt(60)))
                .replace("{year}", Integer.toString(1990 + random.nextInt(35)))
                .replace("{month}", MONTHS[random.nextInt(MONTHS.length)])
                .replace("{person}", capitalize(word(random, 2)) + " " + capitalize(word(random, 3)))
                .replace("{street}", capitalize(word(random, 2)) + " Street")
                .replace("{agency}", capitalize(word(random, 2)) + " County Sheriff's Office")
                .replace("{publisher}", PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
