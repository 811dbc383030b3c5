package org.demandatlas.model;

import java.util.List;

/**
 * A tactic of the taxonomy: canonical id ({@code reverse-stings}), display name, a one-line definition, the names
 * and phrases that mean it ({@code john stings}), and the phrases whose presence in a narrative describes it.
 */
public record TacticDefinition(String id, String name, String definition, List<String> synonyms,
                               List<String> evidence) {
    public TacticDefinition {
        Slugs.requireSlug(id);
        Checks.requireText(name, "tactic name");
        Checks.requireText(definition, "tactic definition");
        synonyms = Checks.copy(synonyms);
        evidence = Checks.copy(evidence);
    }
}
