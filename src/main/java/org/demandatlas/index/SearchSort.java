package org.demandatlas.index;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.demandatlas.model.Labelled;

/**
 * The orders of a result list: by relevance (score, then ordinal), or by name, population (largest first, unknown
 * last) or state (then name), each ending on the ordinal so that the order is total. The static site gets the
 * orders as lists of ordinals ({@link #order}) and ranks its hits by their position there.
 */
public enum SearchSort implements Labelled {
    RELEVANCE("relevance", "Relevance"),
    NAME("name", "Name"),
    POPULATION("population", "Population"),
    STATE("state", "State");

    private final String id;
    private final String label;

    SearchSort(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The sort of a parameter value; empty means relevance. */
    public static SearchSort parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return RELEVANCE;
        }
        return Labelled.find(SearchSort.class, v).orElseThrow(() -> new IllegalArgumentException(
                "sort must be one of " + Labelled.ids(SearchSort.class) + ", was '" + v + "'"));
    }

    /** The ordinals of the entries in this order (not for {@link #RELEVANCE}, which depends on the query). */
    public int[] order(List<SearchEntry> entries) {
        return IntStream.range(0, entries.size()).boxed().sorted(comparator(entries)).mapToInt(Integer::intValue)
                .toArray();
    }

    private Comparator<Integer> comparator(List<SearchEntry> entries) {
        Comparator<Integer> byName = Comparator.comparing(o -> nameKey(entries.get(o)));
        Comparator<Integer> first = switch (this) {
            case POPULATION -> Comparator.comparingLong((Integer o) -> population(entries.get(o))).thenComparing(byName);
            case STATE -> Comparator.comparing((Integer o) -> stateKey(entries.get(o))).thenComparing(byName);
            default -> byName;
        };
        return first.thenComparing(Comparator.naturalOrder());
    }

    private static String nameKey(SearchEntry entry) {
        return entry.name().toLowerCase(Locale.ROOT);
    }

    private static long population(SearchEntry entry) {
        return entry.population() > 0 ? -entry.population() : Long.MAX_VALUE;
    }

    private static String stateKey(SearchEntry entry) {
        return entry.state().isEmpty() ? "\uffff" : entry.state();
    }
}
