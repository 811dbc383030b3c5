package org.demandatlas.index;

import java.util.List;

/** Names of the Lucene fields and facet dimensions of the atlas index, shared by indexing, search and export. */
public final class SearchFields {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String URL = "url";
    public static final String CURATED = "curated";
    public static final String BOOST = "boost";

    public static final String NAME = "name";
    public static final String STATE = "state";
    public static final String TACTICS = "tactics";
    public static final String PARTNERS = "partners";
    public static final String BODY = "body";
    public static final String CITATIONS = "citations";
    /**
     * The name and the other words of the small records: a tactic's (its synonyms and definition) and a partner's
     * or citation's (the publisher). Fields of their own, so that their many short names leave the statistics (idf,
     * average length) of the places' and documents' fields, and so their ranking, as they were; the tactics apart,
     * as their number does not grow with the corpus.
     */
    public static final String TACTIC_NAME = "tactic_name";
    public static final String TACTIC_TEXT = "tactic_text";
    public static final String RECORD_NAME = "record_name";
    public static final String RECORD_TEXT = "record_text";
    /** The analysed text fields a query is scored against, in a fixed order. */
    public static final List<String> TEXT = List.of(NAME, STATE, TACTICS, PARTNERS, BODY, CITATIONS, TACTIC_NAME,
            TACTIC_TEXT, RECORD_NAME, RECORD_TEXT);

    public static final String DIM_TACTIC = "tactic";
    public static final String DIM_STATE = "state";
    public static final String DIM_TYPE = "type";
    public static final String DIM_KIND = "kind";
    /** Facet dimensions, in display order. */
    public static final List<String> DIMS = List.of(DIM_TACTIC, DIM_STATE, DIM_TYPE, DIM_KIND);

    /** The kind of a search entry that stands for a jurisdiction (documents use their document kind id). */
    public static final String KIND_JURISDICTION = "jurisdiction";
    /** The kinds of the entries that stand for a tactic, a partner and a (deduplicated) cited source. */
    public static final String KIND_TACTIC = "tactic";
    public static final String KIND_PARTNER = "partner";
    public static final String KIND_CITATION = "citation";
    /**
     * Every kind of entry, in index order within a kind group: jurisdictions, documents (their document kind ids),
     * then the small records of {@link RecordEntries}, which carry no facets but their kind.
     */
    public static final List<String> KINDS = List.of(KIND_JURISDICTION, "article", "press-release", KIND_TACTIC,
            KIND_PARTNER, KIND_CITATION);

    /** Whether entries of this kind are small records: no facets but their kind, after every other entry. */
    public static boolean isSmall(String kind) {
        return kind.equals(KIND_TACTIC) || kind.equals(KIND_PARTNER) || kind.equals(KIND_CITATION);
    }

    /** Whether a text field is one of the small records' fields. */
    public static boolean isRecordField(String field) {
        return field.equals(TACTIC_NAME) || field.equals(TACTIC_TEXT) || field.equals(RECORD_NAME)
                || field.equals(RECORD_TEXT);
    }

    private SearchFields() {
    }
}
