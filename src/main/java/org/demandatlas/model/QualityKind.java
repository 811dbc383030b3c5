package org.demandatlas.model;

/** The kinds of data-quality findings a curator can act on, in report order. */
public enum QualityKind implements Labelled {
    LISTED_NOT_DESCRIBED("listed-not-described", "Tactics listed but neither described nor cited"),
    EMPTY_SOURCE_CATEGORY("empty-source-category", "Key Sources headings without citations"),
    DUPLICATE("duplicate", "Duplicated paragraphs, tactics, partners or trailer lines"),
    POPULATION("population", "Population in the narrative compared with the trailer"),
    UNKNOWN_TACTIC("unknown-tactic", "Tactic names the taxonomy does not know"),
    CITATION_WITHOUT_DATE("citation-without-date", "Citations without a date"),
    UNLINKED_DOCUMENT("unlinked-document", "Documents not linked to any jurisdiction or state"),
    PARSER_WARNING("parser-warning", "Other parser warnings");

    private final String id;
    private final String label;

    QualityKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** The report's heading for this kind. */
    @Override
    public String label() {
        return label;
    }
}
