package org.demandatlas.model;

import java.util.List;

/**
 * A tactic of the taxonomy: canonical id ({@code reverse-stings}), display name, a one-line definition, the names
 * and phrases that mean it ({@code john stings}), the phrases whose presence in a narrative describes it, and the
 * patterns built from its definition that match a paraphrase: actor, action and object as groups of word stems,
 * all within a few words ({@code arrest|charg|nab + buyer|john|men} meets "six buyers were arrested").
 */
public record TacticDefinition(String id, String name, String definition, List<String> synonyms,
                               List<String> evidence, List<String> patterns) {
    public TacticDefinition {
        Slugs.requireSlug(id);
        Checks.requireText(name, "tactic name");
        Checks.requireText(definition, "tactic definition");
        synonyms = Checks.copy(synonyms);
        evidence = Checks.copy(evidence);
        patterns = Checks.copy(patterns);
    }

    /** A tactic without paraphrase patterns (as {@code all.json} carries it). */
    public TacticDefinition(String id, String name, String definition, List<String> synonyms, List<String> evidence) {
        this(id, name, definition, synonyms, evidence, List.of());
    }
}
