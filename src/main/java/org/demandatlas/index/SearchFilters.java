package org.demandatlas.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Labelled;
import org.demandatlas.model.Slugs;

/**
 * The facet filters of a search, any number of values per dimension: an entry passes when, in every dimension with
 * values, one of its values is among them (OR within a dimension, AND across). An entry's values in a dimension
 * are {@link #valuesOf}: its listed tactics, or with an evidence filter the tactics it has at one of those levels;
 * its evidence levels, of the filtered tactics if any; its state, type and kind. Facet counts of a dimension are
 * over the entries that pass the other dimensions' filters (so that a second value can be added), as
 * {@code search-engine.js} counts them. The constructor rejects a bad value with a message fit for a 400 answer.
 */
public record SearchFilters(Map<String, List<String>> values) {
    public static final String EVIDENCE = "evidence";
    /** Filter and facet dimensions, in display order. */
    public static final List<String> DIMS = List.of(SearchFields.DIM_TACTIC, SearchFields.DIM_STATE,
            SearchFields.DIM_TYPE, EVIDENCE, SearchFields.DIM_KIND);
    public static final int MAX_VALUES = 60;
    private static final Set<String> TYPES = Set.of("city", "county", "state");

    public static final SearchFilters NONE = new SearchFilters(Map.of());

    public SearchFilters {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        for (String dim : DIMS) {
            List<String> given = values.getOrDefault(dim, List.of());
            TreeSet<String> normal = new TreeSet<>();
            given.stream().map(v -> normalize(dim, v)).filter(v -> !v.isEmpty()).forEach(normal::add);
            if (normal.size() > MAX_VALUES) {
                throw new IllegalArgumentException(dim + " takes at most " + MAX_VALUES + " values");
            }
            normal.forEach(v -> check(dim, v));
            checked.put(dim, List.copyOf(normal));
        }
        for (String dim : values.keySet()) {
            if (!DIMS.contains(dim)) {
                throw new IllegalArgumentException("not a filter: " + dim);
            }
        }
        values = Collections.unmodifiableMap(checked);
    }

    /** These filters with the values of {@code dim} replaced by a comma-separated list ({@code "CT,NY"}). */
    public SearchFilters with(String dim, String commaSeparated) {
        Map<String, List<String>> changed = new LinkedHashMap<>(values);
        String text = commaSeparated == null ? "" : commaSeparated;
        changed.put(dim, text.isBlank() ? List.of() : List.of(text.split(",", -1)));
        return new SearchFilters(changed);
    }

    public List<String> of(String dim) {
        return values.getOrDefault(dim, List.of());
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(List::isEmpty);
    }

    private static String normalize(String dim, String value) {
        String v = value.strip();
        return dim.equals(SearchFields.DIM_STATE) ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    }

    private static void check(String dim, String v) {
        boolean ok = switch (dim) {
            case SearchFields.DIM_TACTIC -> Slugs.isSlug(v);
            case SearchFields.DIM_STATE -> v.matches("[A-Z]{2}");
            case SearchFields.DIM_TYPE -> TYPES.contains(v);
            case SearchFields.DIM_KIND -> SearchFields.KINDS.contains(v);
            default -> Labelled.find(EvidenceLevel.class, v).isPresent();
        };
        if (!ok) {
            throw new IllegalArgumentException(switch (dim) {
                case SearchFields.DIM_TACTIC -> "tactic must be tactic ids such as reverse-stings";
                case SearchFields.DIM_STATE -> "state must be two-letter state codes such as CT";
                case SearchFields.DIM_TYPE -> "type must be one of city, county, state";
                case SearchFields.DIM_KIND -> "kind must be one of " + String.join(", ", SearchFields.KINDS);
                default -> "evidence must be one of corroborated, listed, unlisted";
            } + ", was '" + v + "'");
        }
    }

    /** The values an entry has in a dimension, under these filters (see the class comment). */
    public List<String> valuesOf(SearchEntry entry, String dim) {
        List<String> tactics = of(SearchFields.DIM_TACTIC);
        List<String> levels = of(EVIDENCE);
        return switch (dim) {
            case SearchFields.DIM_TACTIC -> levels.isEmpty() ? entry.tactics() : evidence(entry, 0, levels, 1);
            case EVIDENCE -> evidence(entry, 1, tactics, 0);
            default -> entry.facet(dim);
        };
    }

    /** Part {@code want} of the entry's {@code tactic/level} pairs whose part {@code test} is in {@code among}. */
    private static List<String> evidence(SearchEntry entry, int want, List<String> among, int test) {
        TreeSet<String> found = new TreeSet<>();
        for (String pair : entry.evidence()) {
            String[] parts = pair.split("/", 2);
            if (among.isEmpty() || among.contains(parts[test])) {
                found.add(parts[want]);
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether an entry passes these filters. */
    public boolean accepts(SearchEntry entry) {
        for (String dim : DIMS) {
            List<String> wanted = of(dim);
            if (!wanted.isEmpty() && valuesOf(entry, dim).stream().noneMatch(wanted::contains)) {
                return false;
            }
        }
        return true;
    }

    /** These filters without those of one dimension: what that dimension's facet counts are over. */
    public SearchFilters without(String dim) {
        return of(dim).isEmpty() ? this : with(dim, "");
    }
}
