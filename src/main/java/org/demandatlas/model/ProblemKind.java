package org.demandatlas.model;

/**
 * What kind of problem a {@link Problem} is, so that reports group problems by kind, never by the wording of their
 * messages.
 */
public enum ProblemKind implements Labelled {
    /** The file could not be read as text: unreadable, too large, binary, UTF-16, not UTF-8. */
    INPUT("input", "File not readable as text"),
    /** The seeds folder holds something that is not a seed, or no seed at all. */
    FOLDER("folder", "Seeds folder contents"),
    /** What the parser noticed in a file's text: layout, headers, lists, trailer, dates. */
    PARSE("parse", "Parser findings"),
    /** A paragraph, tactic, partner or trailer line written twice; the repeat is kept once. */
    DUPLICATE("duplicate", "Repeated lines"),
    /** What only shows across files: two profiles of one place, a document about a place nobody describes. */
    CROSS_REFERENCE("cross-reference", "Conflicts across files"),
    /** The problems of a file beyond those listed, summed up in one. */
    OMITTED("omitted", "Problems not listed"),
    /** Our bug: a stage crashed on a file. */
    INTERNAL("internal", "Internal errors");

    private final String id;
    private final String label;

    ProblemKind(String id, String label) {
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
}
