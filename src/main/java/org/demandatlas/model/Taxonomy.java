package org.demandatlas.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tactic taxonomy: canonical tactics in display order, looked up by id or by any name or synonym, ignoring
 * case, punctuation spacing and any kind of white space (including U+00A0).
 */
public final class Taxonomy {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private final List<TacticDefinition> tactics;
    private final List<String> contextCategories;
    private final Map<String, TacticDefinition> byId = new LinkedHashMap<>();
    private final Map<String, TacticDefinition> byName = new HashMap<>();

    /**
     * @param contextCategories Key Sources categories that give background and support no tactic
     *                          ({@code Background on Prostitution in the Area})
     */
    public Taxonomy(List<TacticDefinition> tactics, List<String> contextCategories) {
        this.tactics = List.copyOf(tactics);
        this.contextCategories = contextCategories.stream().map(Taxonomy::key).toList();
        for (TacticDefinition tactic : this.tactics) {
            if (byId.put(tactic.id(), tactic) != null) {
                throw new IllegalArgumentException("duplicate tactic id " + tactic.id());
            }
            register(tactic.name(), tactic);
            register(tactic.id(), tactic);
            tactic.synonyms().forEach(synonym -> register(synonym, tactic));
        }
    }

    /**
     * Case-, white-space- and apostrophe-insensitive key of a tactic name ({@code Driver’s} and {@code Driver's}
     * are one name; so are a hyphen and a space, {@code Web-based} and {@code Web based}).
     */
    public static String key(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u02bc', '\'').replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ');
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    public List<TacticDefinition> tactics() {
        return tactics;
    }

    /** Whether a Key Sources category is known to support no tactic (background, context). */
    public boolean isContextCategory(String category) {
        return contextCategories.contains(key(category));
    }

    public Optional<TacticDefinition> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public TacticDefinition requireById(String id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("unknown tactic id " + id));
    }

    /** The tactic a name or synonym means, such as {@code "Reverse stings"} or {@code "shaming"}. */
    public Optional<TacticDefinition> findByName(String text) {
        return Optional.ofNullable(byName.get(key(text)));
    }

    private void register(String name, TacticDefinition tactic) {
        TacticDefinition previous = byName.putIfAbsent(key(name), tactic);
        if (previous != null && previous != tactic) {
            throw new IllegalArgumentException("synonym '" + name + "' names both " + previous.id() + " and "
                    + tactic.id());
        }
    }
}
