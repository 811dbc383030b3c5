package org.demandatlas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences: a sentence ends at {@code . ! ?} (with any closing quotes or brackets after it)
 * followed by white space and an upper-case letter, a digit or an opening quote — but not after an abbreviation
 * ({@code Jan.}, {@code Sec.}, {@code St.}) or an initial ({@code U.S.}, {@code J.}).
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "sec", "no", "vs", "inc", "co",
            "corp", "ltd", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "sgt", "det", "capt", "ave", "rd", "ct",
            "e.g", "i.e", "etc", "approx", "dept");
    private static final String CLOSERS = "\"'\u201d\u2019)]";
    private static final String OPENERS = "\"'\u201c\u2018(";

    private Sentences() {
    }

    /** A sentence and where it starts in the text it was split from. */
    public record Span(String text, int start) {
    }

    public static List<String> split(String text) {
        return spans(text).stream().map(Span::text).toList();
    }

    /** The sentences with their offsets, so that a block can tell the seed line each starts on. */
    public static List<Span> spans(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (endsSentence(text, i, end)) {
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean endsSentence(String text, int mark, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        char following = text.charAt(next);
        boolean starts = Character.isUpperCase(following) || Character.isDigit(following)
                || OPENERS.indexOf(following) >= 0;
        return next > end && starts && !(text.charAt(mark) == '.' && abbreviated(text, mark));
    }

    private static boolean abbreviated(String text, int dot) {
        int begin = dot;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        String word = text.substring(begin, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 || word.matches("([a-z]\\.)+[a-z]");
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String trimmed = text.substring(from, end).strip();
        if (!trimmed.isEmpty()) {
            sentences.add(new Span(trimmed, from));
        }
    }
}
