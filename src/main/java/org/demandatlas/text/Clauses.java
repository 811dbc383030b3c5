package org.demandatlas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that holds a given position: clauses are separated by semicolons and by a comma before a
 * coordinating word ({@code , and}, {@code , but}, {@code , while}, {@code , whereas}, {@code , and then}), so that
 * in "began reverse stings in 1980, and routinely seize vehicles" the date 1980 belongs to the reverse stings only.
 */
public final class Clauses {
    private static final Pattern BREAK = Pattern.compile(";\\s*|,\\s+(?:and|but|while|whereas|yet)\\s+");

    private Clauses() {
    }

    /** The clauses of a sentence, in order. */
    public static List<String> split(String sentence) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        Matcher m = BREAK.matcher(sentence);
        while (m.find()) {
            clauses.add(sentence.substring(start, m.start()));
            start = m.end();
        }
        clauses.add(sentence.substring(start));
        return clauses.stream().filter(c -> !c.isBlank()).toList();
    }

    /** The clause of {@code sentence} that holds the character at {@code position}. */
    public static String around(String sentence, int position) {
        int start = 0;
        int end = sentence.length();
        Matcher m = BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() <= position) {
                start = m.end();
            } else if (m.start() >= position) {
                end = m.start();
                break;
            }
        }
        return sentence.substring(start, end);
    }
}
