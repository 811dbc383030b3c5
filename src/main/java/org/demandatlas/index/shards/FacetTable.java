package org.demandatlas.index.shards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.SearchEntry;
import org.demandatlas.index.SearchFields;
import org.demandatlas.index.SearchFilters;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Labelled;

/**
 * The facet values of the static export: for each dimension the sorted values, their labels and global counts;
 * and each entry as a fixed-width code of base64url digits — its boost class, kind, state and type (value number
 * plus one, 0 for none), its listed tactics as a bit set, six bits a digit, and a second bit set of the same width
 * (a listed tactic's bit: corroborated; an unlisted tactic's bit: described or cited, not listed) — so that the
 * static site can filter and count every match, evidence included, from a few bytes per entry.
 */
final class FacetTable {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int BITS = 6;

    private final Map<String, List<String>> values;
    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Map<String, String>> labels;
    private final List<Float> boosts;
    private final Map<String, Map<String, Integer>> positions = new LinkedHashMap<>();

    private FacetTable(Map<String, List<String>> values, Map<String, Map<String, Integer>> counts,
                       Map<String, Map<String, String>> labels, List<Float> boosts) {
        this.values = values;
        this.counts = counts;
        this.labels = labels;
        this.boosts = boosts;
        values.forEach((dim, list) -> {
            Map<String, Integer> byValue = new java.util.HashMap<>();
            list.forEach(v -> byValue.putIfAbsent(v, byValue.size()));
            positions.put(dim, byValue);
        });
    }

    /** The value's number in its dimension (its place in {@code values}), -1 when absent; a lookup, not a scan. */
    private int position(String dim, String value) {
        return positions.get(dim).getOrDefault(value, -1);
    }

    static FacetTable of(AtlasIndex index) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String dim : SearchFilters.DIMS) {
            Map<String, Integer> dimCounts = new TreeMap<>();
            index.entries().forEach(e -> SearchFilters.NONE.valuesOf(e, dim)
                    .forEach(v -> dimCounts.merge(v, 1, Integer::sum)));
            if (dim.equals(SearchFields.DIM_TACTIC)) { // tactics described but listed nowhere have a number too
                index.entries().forEach(e -> e.evidence().forEach(p -> dimCounts.putIfAbsent(tacticOf(p), 0)));
            }
            Map<String, String> dimLabels = new TreeMap<>();
            dimCounts.keySet().forEach(v -> dimLabels.put(v, dim.equals(SearchFilters.EVIDENCE)
                    ? Labelled.require(EvidenceLevel.class, v, "evidence level").label() : index.label(dim, v)));
            values.put(dim, List.copyOf(dimCounts.keySet()));
            counts.put(dim, dimCounts);
            labels.put(dim, dimLabels);
        }
        TreeSet<Float> boosts = new TreeSet<>();
        index.entries().forEach(e -> boosts.add(boost(index, e)));
        return new FacetTable(values, counts, labels, List.copyOf(boosts));
    }

    private static String tacticOf(String evidencePair) {
        return evidencePair.substring(0, evidencePair.indexOf('/'));
    }

    private static float boost(AtlasIndex index, SearchEntry entry) {
        return (float) index.ranking().docBoost(entry.kind(), entry.curated());
    }

    /** The value number of a kind in the kind dimension. */
    int kindNumber(String kind) {
        return position(SearchFields.DIM_KIND, kind);
    }

    /** The boost class of an entry: its boost's place in {@link #boosts}. */
    int boostClass(SearchEntry entry, AtlasIndex index) {
        return boosts.indexOf(boost(index, entry));
    }

    /** Digits per entry code. */
    int width() {
        return 4 + 2 * tacticDigits();
    }

    private int tacticDigits() {
        return Math.max(1, (values.get(SearchFields.DIM_TACTIC).size() + BITS - 1) / BITS);
    }

    /** An entry's code: boost class, kind, state + 1, type + 1, tactic bits. */
    String code(SearchEntry entry, AtlasIndex index) {
        StringBuilder code = new StringBuilder(width());
        code.append(digit(boostClass(entry, index)));
        code.append(digit(position(SearchFields.DIM_KIND, entry.kind())));
        code.append(digit(number(SearchFields.DIM_STATE, entry)));
        code.append(digit(number(SearchFields.DIM_TYPE, entry)));
        int[] bits = new int[2 * tacticDigits()];
        for (String tactic : entry.tactics()) {
            set(bits, 0, position(SearchFields.DIM_TACTIC, tactic));
        }
        for (String pair : entry.evidence()) {
            String level = pair.substring(pair.indexOf('/') + 1);
            if (level.equals(EvidenceLevel.CORROBORATED.id()) || level.equals(EvidenceLevel.UNLISTED.id())) {
                set(bits, tacticDigits(), position(SearchFields.DIM_TACTIC, tacticOf(pair)));
            }
        }
        for (int digit : bits) {
            code.append(digit(digit));
        }
        return code.toString();
    }

    private static void set(int[] bits, int from, int bit) {
        bits[from + bit / BITS] |= 1 << (bit % BITS);
    }

    private int number(String dim, SearchEntry entry) {
        List<String> entryValues = entry.facet(dim);
        return entryValues.isEmpty() ? 0 : position(dim, entryValues.get(0)) + 1;
    }

    private static char digit(int value) {
        if (value < 0 || value >= DIGITS.length()) {
            throw new IllegalStateException("facet value number " + value + " does not fit one digit");
        }
        return DIGITS.charAt(value);
    }

    /** Entry boosts by class number, ascending. */
    List<Float> boosts() {
        return boosts;
    }

    /** {@code {dim: {values: [...], labels: [...], counts: [...]}}} in dimension order. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String dim : SearchFilters.DIMS) {
            List<String> dimValues = values.get(dim);
            json.put(dim, Map.of("values", dimValues,
                    "labels", dimValues.stream().map(v -> labels.get(dim).get(v)).toList(),
                    "counts", dimValues.stream().map(v -> counts.get(dim).get(v)).toList()));
        }
        return json;
    }
}
