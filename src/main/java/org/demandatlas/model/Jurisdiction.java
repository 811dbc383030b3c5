package org.demandatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A city, county or state with what is known of its demand-reduction work. {@code curated} is true only when a
 * curated profile describes it; a jurisdiction known only from an article or press release has empty sections.
 *
 * @param id         {@code ct/hartford}: state slug, a slash, the name's slug
 * @param type       null when the source does not state it (shown as "not stated"; never guessed)
 * @param population null when the export gives none
 * @param documents  ids of the seed documents about it
 */
public record Jurisdiction(String id, String name, StateRef state, JurisdictionType type, Long population,
                           boolean curated, List<TacticUse> tactics, List<Partner> partners,
                           List<SourceCategory> sources, List<Block> narrative, List<String> documents) {
    public Jurisdiction {
        Checks.requireText(name, "jurisdiction name");
        Objects.requireNonNull(state, "state");
        if (!id.equals(idOf(state, name))) {
            throw new IllegalArgumentException("jurisdiction id " + id + " does not match " + idOf(state, name));
        }
        if (population != null && population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        tactics = Checks.copy(tactics);
        partners = Checks.copy(partners);
        sources = Checks.copy(sources);
        narrative = Checks.copy(narrative);
        documents = Checks.copy(documents);
    }

    public static String idOf(StateRef state, String name) {
        return state.slug() + "/" + Slugs.slugify(name);
    }

    /** The name's slug, the last path segment of the permalink. */
    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }

    public Optional<JurisdictionType> findType() {
        return Optional.ofNullable(type);
    }

    public OptionalLong findPopulation() {
        return population == null ? OptionalLong.empty() : OptionalLong.of(population);
    }

    public int citationCount() {
        return sources.stream().mapToInt(s -> s.citations().size()).sum();
    }

    public Jurisdiction withDocuments(List<String> documentIds) {
        return new Jurisdiction(id, name, state, type, population, curated, tactics, partners, sources, narrative,
                documentIds);
    }
}
