package org.demandatlas.index;

import java.util.Objects;

/**
 * A bounded search request: free text (at most {@value #MAX_TEXT} characters), facet filters ({@link SearchFilters}:
 * several values per dimension), an order ({@link SearchSort}), a 1-based page (at most {@value #MAX_PAGE}) and a
 * page size (1 to {@value #MAX_PAGE_SIZE}), and whether to explain each hit's score with Lucene's explanation. The
 * constructor rejects anything else with a message fit for a 400 answer.
 */
public record SearchQuery(String text, SearchFilters filters, SearchSort sort, int page, int pageSize,
                          boolean explain) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 100;
    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        filters = Objects.requireNonNullElse(filters, SearchFilters.NONE);
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q must be at most " + MAX_TEXT + " characters, was " + text.length());
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ", was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE
                    + ", was " + pageSize);
        }
    }

    /** A request by text and comma-separated tactic, state and type filters, without evidence filter. */
    public SearchQuery(String text, String tactic, String state, String type, int page, int pageSize) {
        this(text, tactic, state, type, page, pageSize, "");
    }

    /** A request by text and comma-separated tactic, state, type and evidence filters. */
    public SearchQuery(String text, String tactic, String state, String type, int page, int pageSize,
                       String evidence) {
        this(text, SearchFilters.NONE.with(SearchFields.DIM_TACTIC, tactic).with(SearchFields.DIM_STATE, state)
                .with(SearchFields.DIM_TYPE, type).with(SearchFilters.EVIDENCE, evidence), SearchSort.RELEVANCE,
                page, pageSize, false);
    }

    /** The first page of results for a text, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilters.NONE, SearchSort.RELEVANCE, 1, DEFAULT_PAGE_SIZE, false);
    }

    /** This query with the values of one filter dimension, comma-separated ({@code "CT,NY"}; empty: none). */
    public SearchQuery with(String dim, String values) {
        return new SearchQuery(text, filters.with(dim, values), sort, page, pageSize, explain);
    }

    public SearchQuery withTactic(String tacticIds) {
        return with(SearchFields.DIM_TACTIC, tacticIds);
    }

    public SearchQuery withState(String stateCodes) {
        return with(SearchFields.DIM_STATE, stateCodes);
    }

    public SearchQuery withType(String typeIds) {
        return with(SearchFields.DIM_TYPE, typeIds);
    }

    /** Only entries with a tactic at one of these evidence levels; with a tactic filter, one of those tactics. */
    public SearchQuery withEvidence(String levels) {
        return with(SearchFilters.EVIDENCE, levels);
    }

    public SearchQuery withKind(String kinds) {
        return with(SearchFields.DIM_KIND, kinds);
    }

    public SearchQuery withPage(int number, int size) {
        return new SearchQuery(text, filters, sort, number, size, explain);
    }

    public SearchQuery withSort(SearchSort order) {
        return new SearchQuery(text, filters, order, page, pageSize, explain);
    }

    public SearchQuery withExplain(boolean explained) {
        return new SearchQuery(text, filters, sort, page, pageSize, explained);
    }
}
