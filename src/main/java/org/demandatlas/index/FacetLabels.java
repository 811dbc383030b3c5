package org.demandatlas.index;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.TacticDefinition;

/** The display labels of facet values: tactic names, state names, and the labels of types and kinds. */
final class FacetLabels {
    private static final Map<String, String> KINDS = kinds();

    private FacetLabels() {
    }

    static Map<String, Map<String, String>> of(List<SearchEntry> entries, List<TacticDefinition> taxonomy) {
        Map<String, String> tactics = new TreeMap<>();
        Map<String, String> states = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        taxonomy.forEach(t -> tactics.put(t.id(), t.name()));
        for (SearchEntry entry : entries) {
            for (int i = 0; i < entry.tactics().size(); i++) {
                tactics.putIfAbsent(entry.tactics().get(i), entry.tacticNames().get(i));
            }
            if (!entry.state().isEmpty()) {
                states.put(entry.state(), entry.stateName());
            }
            if (!entry.type().isEmpty()) {
                types.put(entry.type(), capitalize(entry.type()));
            }
            kinds.put(entry.kind(), KINDS.getOrDefault(entry.kind(), capitalize(entry.kind())));
        }
        return Map.of(SearchFields.DIM_TACTIC, tactics, SearchFields.DIM_STATE, states,
                SearchFields.DIM_TYPE, types, SearchFields.DIM_KIND, kinds);
    }

    private static final String CURATED = "curated";
    private static final String UNCURATED_PLACE = "Place without a curated profile";

    /** What a hit is, on every hit: "Curated profile", "Place without a curated profile", a document kind's label. */
    static String kindLabel(SearchEntry entry) {
        if (entry.curated()) {
            return DocumentKind.PROFILE.label();
        }
        return entry.kind().equals(SearchFields.KIND_JURISDICTION) ? UNCURATED_PLACE
                : KINDS.getOrDefault(entry.kind(), capitalize(entry.kind()));
    }

    /** The labels of {@link #kindLabel}: {@code curated} for curated entries, else by kind. */
    static Map<String, String> hitKindLabels() {
        Map<String, String> labels = new TreeMap<>(KINDS);
        labels.put(SearchFields.KIND_JURISDICTION, UNCURATED_PLACE);
        labels.put(CURATED, DocumentKind.PROFILE.label());
        return labels;
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new TreeMap<>();
        kinds.put(SearchFields.KIND_JURISDICTION, "Jurisdiction");
        kinds.put(SearchFields.KIND_TACTIC, "Tactic");
        kinds.put(SearchFields.KIND_PARTNER, "Partner");
        kinds.put(SearchFields.KIND_CITATION, "Cited source");
        for (DocumentKind kind : DocumentKind.values()) {
            kinds.put(kind.id(), kind.label());
        }
        return Map.copyOf(kinds);
    }

    private static String capitalize(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
