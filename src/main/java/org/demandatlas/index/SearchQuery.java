package org.demandatlas.index;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Labelled;
import org.demandatlas.model.Slugs;

/**
 * A bounded search request: free text (at most {@value #MAX_TEXT} characters), optional tactic id, state code and
 * jurisdiction type filters (empty string = none), a 1-based page (at most {@value #MAX_PAGE}) and a page size
 * (1 to {@value #MAX_PAGE_SIZE}), and an optional evidence level ({@code corroborated}, see {@link EvidenceLevel}).
 * The constructor rejects anything else with a message fit for a 400 answer.
 */
public record SearchQuery(String text, String tactic, String state, String type, int page, int pageSize,
                          String evidence) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 100;
    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 10;
    private static final Set<String> TYPES = Set.of("city", "county", "state");

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        tactic = Objects.requireNonNullElse(tactic, "").strip();
        state = Objects.requireNonNullElse(state, "").strip().toUpperCase(Locale.ROOT);
        type = Objects.requireNonNullElse(type, "").strip().toLowerCase(Locale.ROOT);
        evidence = Objects.requireNonNullElse(evidence, "").strip().toLowerCase(Locale.ROOT);
        if (!evidence.isEmpty() && Labelled.find(EvidenceLevel.class, evidence).isEmpty()) {
            throw new IllegalArgumentException("evidence must be one of corroborated, listed, unlisted");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q must be at most " + MAX_TEXT + " characters, was " + text.length());
        }
        if (!tactic.isEmpty() && !Slugs.isSlug(tactic)) {
            throw new IllegalArgumentException("tactic must be a tactic id such as reverse-stings");
        }
        if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state must be a two-letter state code such as CT");
        }
        if (!type.isEmpty() && !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of city, county, state");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ", was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE
                    + ", was " + pageSize);
        }
    }

    /** A request without an evidence filter. */
    public SearchQuery(String text, String tactic, String state, String type, int page, int pageSize) {
        this(text, tactic, state, type, page, pageSize, "");
    }

    /** The first page of results for a text, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, "", "", "", 1, DEFAULT_PAGE_SIZE);
    }

    public SearchQuery withTactic(String tacticId) {
        return new SearchQuery(text, tacticId, state, type, page, pageSize, evidence);
    }

    public SearchQuery withState(String stateCode) {
        return new SearchQuery(text, tactic, stateCode, type, page, pageSize, evidence);
    }

    public SearchQuery withType(String typeId) {
        return new SearchQuery(text, tactic, state, typeId, page, pageSize, evidence);
    }

    public SearchQuery withPage(int number, int size) {
        return new SearchQuery(text, tactic, state, type, number, size, evidence);
    }

    /** Only entries with a tactic at this evidence level ({@code corroborated}); with a tactic filter, that tactic. */
    public SearchQuery withEvidence(String level) {
        return new SearchQuery(text, tactic, state, type, page, pageSize, level);
    }

    /** The filter value of a facet dimension, if this query filters on it. */
    public Optional<String> filter(String dim) {
        String value = switch (dim) {
            case SearchFields.DIM_TACTIC -> tactic;
            case SearchFields.DIM_STATE -> state;
            case SearchFields.DIM_TYPE -> type;
            default -> "";
        };
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
