package org.demandatlas.routes;

import org.demandatlas.model.Slugs;

/**
 * The anchors inside pages that other pages, the quality report and the templates link to ({@code #sources},
 * {@code #source-3}, {@code #tactic-web-stings}). The templates write the fixed ones as ids; the link check holds
 * both sides to this table.
 */
public final class Anchors {
    public static final String MAIN = "main";
    public static final String STATES = "states";
    public static final String TACTICS = "tactics";
    public static final String NARRATIVE = "narrative";
    public static final String TIMELINE = "timeline";
    public static final String PARTNERS = "partners";
    public static final String SOURCES = "sources";
    public static final String DOCUMENTS = "documents";
    public static final String CITE = "cite";
    public static final String DATA = "data";

    private Anchors() {
    }

    /** A tactic's evidence row on a profile: {@code tactic-web-stings}. */
    public static String tactic(String tacticId) {
        return "tactic-" + Slugs.requireSlug(tacticId);
    }

    /** The {@code number}-th block (paragraph, heading, quote, list item) of a narrative or document body: {@code p-4}. */
    public static String block(int number) {
        return "p-" + requirePositive(number);
    }

    /** The {@code number}-th Key Sources heading of a profile (1-based): {@code sources-2}. */
    public static String sourceGroup(int number) {
        return "sources-" + requirePositive(number);
    }

    /** The {@code number}-th citation of a profile (1-based, across headings): {@code source-3}. */
    public static String citation(int number) {
        return "source-" + requirePositive(number);
    }

    /** Line {@code number} of a seed file on its document page (1-based): {@code line-23}. */
    public static String line(int number) {
        return "line-" + requirePositive(number);
    }

    private static int requirePositive(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("anchor numbers start at 1, was " + number);
        }
        return number;
    }
}
