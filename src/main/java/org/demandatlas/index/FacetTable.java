package org.demandatlas.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facet values of the static export: for each dimension the sorted values, their labels and global counts;
 * an entry refers to its values by number.
 */
final class FacetTable {
    private final Map<String, List<String>> values;
    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Map<String, String>> labels;

    private FacetTable(Map<String, List<String>> values, Map<String, Map<String, Integer>> counts,
                       Map<String, Map<String, String>> labels) {
        this.values = values;
        this.counts = counts;
        this.labels = labels;
    }

    static FacetTable of(AtlasIndex index) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String dim : SearchFields.DIMS) {
            Map<String, Integer> dimCounts = new TreeMap<>();
            index.entries().forEach(e -> e.facet(dim).forEach(v -> dimCounts.merge(v, 1, Integer::sum)));
            Map<String, String> dimLabels = new TreeMap<>();
            dimCounts.keySet().forEach(v -> dimLabels.put(v, index.label(dim, v)));
            values.put(dim, List.copyOf(dimCounts.keySet()));
            counts.put(dim, dimCounts);
            labels.put(dim, dimLabels);
        }
        return new FacetTable(values, counts, labels);
    }

    /** An entry as {@code [boost, kind, state, type, [tactics]]}, values as numbers, -1 for none. */
    List<Object> codes(SearchEntry entry, AtlasIndex index) {
        List<Object> codes = new ArrayList<>();
        codes.add((float) index.ranking().docBoost(entry.kind(), entry.curated()));
        codes.add(code(SearchFields.DIM_KIND, entry));
        codes.add(code(SearchFields.DIM_STATE, entry));
        codes.add(code(SearchFields.DIM_TYPE, entry));
        codes.add(entry.tactics().stream().map(t -> values.get(SearchFields.DIM_TACTIC).indexOf(t)).toList());
        return codes;
    }

    private int code(String dim, SearchEntry entry) {
        List<String> entryValues = entry.facet(dim);
        return entryValues.isEmpty() ? -1 : values.get(dim).indexOf(entryValues.get(0));
    }

    /** {@code {dim: {values: [...], labels: [...], counts: [...]}}} in dimension order. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String dim : SearchFields.DIMS) {
            List<String> dimValues = values.get(dim);
            json.put(dim, Map.of("values", dimValues,
                    "labels", dimValues.stream().map(v -> labels.get(dim).get(v)).toList(),
                    "counts", dimValues.stream().map(v -> counts.get(dim).get(v)).toList()));
        }
        return json;
    }
}
