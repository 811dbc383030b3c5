package org.demandatlas.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a clause says about what was done, from the word lists in {@code cues.json} (a word matches as a whole
 * word; one with an apostrophe, {@code n't}, as an ending): a clause with a negation
 * ("no arrests", "has not", "never", "whether") or a question does not affirm that something was done, so it is no
 * evidence of a tactic; a clause with a beginning word ("began", "launched", "introduced") says when a practice began.
 */
public final class Statements {
    private record Cues(List<String> negations, List<String> notNegations, List<String> beginnings) {
    }

    private static final Cues CUES = DataFiles.readJson(Statements.class, "cues.json", Cues.class);
    private static final Pattern NEGATION = words(CUES.negations());
    private static final Pattern NOT_NEGATION = words(CUES.notNegations());
    private static final Pattern BEGINNING = words(CUES.beginnings());

    private Statements() {
    }

    /** Whether the clause affirms what it says: no negation and no question. */
    public static boolean affirms(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.strip().endsWith("?") || lower.contains("?\u201d") || lower.contains("?\"")) {
            return false;
        }
        return !NEGATION.matcher(NOT_NEGATION.matcher(lower).replaceAll(" ")).find();
    }

    /** Whether the clause says something began ("began conducting reverse stings in 1980"). */
    public static boolean saysBeginning(String clause) {
        return BEGINNING.matcher(clause.toLowerCase(Locale.ROOT)).find();
    }

    private static Pattern words(List<String> words) {
        StringBuilder alternatives = new StringBuilder();
        for (String word : words) {
            boolean wholeWord = word.indexOf('\'') < 0;
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(wholeWord ? "(?<![\\p{L}'])" : "")
                    .append(Pattern.quote(word));
        }
        return Pattern.compile("(?:" + alternatives + ")(?![\\p{L}])");
    }
}
