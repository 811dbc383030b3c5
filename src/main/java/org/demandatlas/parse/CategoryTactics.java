package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;

/**
 * The tactics a Key Sources category supports: the whole category when the taxonomy knows it
 * ({@code Sex Buyer Fired and/or Resigned Due to Arrest}), else each of its parts split at commas and at "and"
 * ({@code Street-Level Reverse Stings, Identity Disclosure}). A background category
 * ({@link Taxonomy#isContextCategory}) supports none, silently; a part that names no tactic is reported.
 */
final class CategoryTactics {
    private static final Pattern SEPARATORS = Pattern.compile(",? and/or |,? and |, ");
    private final Taxonomy taxonomy;

    CategoryTactics(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<String> tacticsOf(ParseContext context, String category, int line, int column) {
        if (taxonomy.isContextCategory(category)) {
            return List.of();
        }
        Optional<TacticDefinition> whole = taxonomy.findByName(category);
        if (whole.isPresent()) {
            return List.of(whole.get().id());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(category)) {
            Optional<TacticDefinition> tactic = taxonomy.findByName(part);
            tactic.ifPresent(found -> ids.add(found.id()));
            if (tactic.isEmpty()) {
                context.warn(line, column, "source category '" + Text.excerpt(category) + "' names no known tactic in '"
                        + Text.excerpt(part) + "' (expected tactic names such as Reverse Stings, or a background"
                        + " category)");
            }
        }
        return new ArrayList<>(ids);
    }
}
