package org.demandatlas.index;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One search result-to-be: a jurisdiction, a document that is not a curated profile (a profile is found
 * through its jurisdiction), a tactic, a partner or a cited source ({@link SearchFields#KINDS}). Holds the facets ({@code state} code, {@code type} id, tactic ids; empty string or
 * list when unknown) and the texts that are indexed.
 *
 * @param tactics     tactic ids, in the profile's order
 * @param tacticNames tactic display names, same order (a tactic's own record: its synonyms)
 * @param citations   Key Sources categories, citation titles and publishers
 * @param body        narrative or document body, blocks separated by a line break
 * @param evidence    {@code tactic/level} of each tactic with evidence ({@code reverse-stings/corroborated})
 * @param population  the population stated by the profile, 0 when not stated (for sorting)
 * @param passages    the places of the record a hit can show ({@link PassageUnits})
 */
public record SearchEntry(String id, String kind, boolean curated, String name, String url, String state,
                          String stateName, String type, List<String> tactics, List<String> tacticNames,
                          List<String> partners, List<String> citations, String body, List<String> evidence,
                          long population, List<Passage> passages) {
    public SearchEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        state = Objects.requireNonNullElse(state, "");
        stateName = Objects.requireNonNullElse(stateName, "");
        type = Objects.requireNonNullElse(type, "");
        tactics = List.copyOf(tactics);
        tacticNames = List.copyOf(tacticNames);
        partners = List.copyOf(partners);
        citations = List.copyOf(citations);
        body = Objects.requireNonNullElse(body, "");
        evidence = List.copyOf(evidence);
        passages = List.copyOf(passages);
    }

    /** The page of the entry, without the anchor a citation's {@code url} has. */
    public String page() {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The text of one of the analysed fields of {@link SearchFields#TEXT}; a small record has only the record fields. */
    public List<String> text(String field) {
        boolean tactic = kind.equals(SearchFields.KIND_TACTIC);
        String nameField = tactic ? SearchFields.TACTIC_NAME : SearchFields.RECORD_NAME;
        String textField = tactic ? SearchFields.TACTIC_TEXT : SearchFields.RECORD_TEXT;
        if (SearchFields.isSmall(kind) != SearchFields.isRecordField(field)) {
            return List.of();
        }
        if (SearchFields.isSmall(kind)) {
            return field.equals(nameField) ? List.of(name) : !field.equals(textField) ? List.of()
                    : Stream.of(tacticNames, citations, body.isEmpty() ? List.<String>of() : List.of(body))
                            .flatMap(List::stream).toList();
        }
        return switch (field) {
            case SearchFields.NAME -> List.of(name);
            case SearchFields.STATE -> state.isEmpty() ? List.of() : List.of(state, stateName);
            case SearchFields.TACTICS -> tacticNames;
            case SearchFields.PARTNERS -> partners;
            case SearchFields.BODY -> body.isEmpty() ? List.of() : List.of(body);
            case SearchFields.CITATIONS -> citations;
            default -> throw new IllegalArgumentException("not a text field: " + field);
        };
    }

    /** The values of one facet dimension of {@link SearchFields#DIMS}. */
    public List<String> facet(String dim) {
        return switch (dim) {
            case SearchFields.DIM_TACTIC -> tactics;
            case SearchFields.DIM_STATE -> state.isEmpty() ? List.of() : List.of(state);
            case SearchFields.DIM_TYPE -> type.isEmpty() ? List.of() : List.of(type);
            case SearchFields.DIM_KIND -> List.of(kind);
            default -> throw new IllegalArgumentException("not a facet dimension: " + dim);
        };
    }
}
