package org.demandatlas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paraphrase pattern over analysed terms: groups separated by {@code +}, alternatives by {@code |}, each
 * alternative a term as the analyser writes it ({@code men}) or, ending in {@code *}, a stem prefix
 * ({@code arrest* | charg* + buyer* | john | men}). It matches where every group meets a
 * different term within {@link #WINDOW} consecutive terms, in any order: "six buyers were arrested", "arrested more
 * than 70 men". Written as data in the taxonomy, read here.
 */
public record TermPattern(String tacticId, List<List<String>> groups) {
    /** How many consecutive terms a match may span. */
    public static final int WINDOW = 6;

    public TermPattern {
        groups = groups.stream().map(List::copyOf).toList();
        if (groups.size() < 2 || groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a pattern needs two or more groups of stems: " + groups);
        }
    }

    public static TermPattern parse(String tacticId, String written) {
        List<List<String>> groups = new ArrayList<>();
        for (String group : written.split("\\+")) {
            List<String> stems = new ArrayList<>();
            for (String stem : group.split("\\|")) {
                if (!stem.isBlank()) {
                    stems.add(stem.strip().toLowerCase(Locale.ROOT));
                }
            }
            groups.add(stems);
        }
        return new TermPattern(tacticId, groups);
    }

    /** The first term index of each match in {@code terms} (analysed), as [start, end) spans. */
    List<int[]> matches(List<String> terms) {
        List<int[]> spans = new ArrayList<>();
        for (int start = 0; start < terms.size(); start++) {
            int end = Math.min(terms.size(), start + WINDOW);
            String first = terms.get(start);
            if (groups.stream().anyMatch(g -> groupMatches(g, first)) && allWithin(terms, start, end)) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    private boolean allWithin(List<String> terms, int start, int end) {
        boolean[] used = new boolean[end - start];
        return assign(terms, start, end, 0, used);
    }

    /** Whether groups {@code g}… can each take a distinct term of the window (a small search: few groups). */
    private boolean assign(List<String> terms, int start, int end, int g, boolean[] used) {
        if (g == groups.size()) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!used[i - start] && groupMatches(groups.get(g), terms.get(i))) {
                used[i - start] = true;
                if (assign(terms, start, end, g + 1, used)) {
                    return true;
                }
                used[i - start] = false;
            }
        }
        return false;
    }

    private static boolean groupMatches(List<String> alternatives, String term) {
        for (String alternative : alternatives) {
            boolean prefix = alternative.endsWith("*");
            if (prefix ? term.startsWith(alternative.substring(0, alternative.length() - 1))
                    : term.equals(alternative)) {
                return true;
            }
        }
        return false;
    }
}
