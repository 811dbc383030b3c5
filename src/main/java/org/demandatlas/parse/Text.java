package org.demandatlas.parse;

import java.util.Optional;

/**
 * Space, bullet and quotation-mark handling for ingested lines. After ingest a plain space is the only separator,
 * but these helpers also treat a tab or any Unicode space separator (U+00A0 …) as space, so that text that was not
 * normalised parses the same. {@code String.trim()}, {@code strip()} and {@code \s} are deliberately not used.
 */
final class Text {
    /** Characters that start a list item when followed by a space ({@code •} also when not). */
    /** Bullet glyphs of lists: • · ◦ ▪ ● ‣ ■ ▸ – - *. */
    private static final String BULLETS = "\u2022\u00B7\u25E6\u25AA\u25CF\u2023\u25A0\u25B8\u2013-*";
    private static final char ROUND_BULLET = '\u2022';
    static final int EXCERPT_CHARS = 60;

    private Text() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isBlank(String text) {
        return start(text) == text.length();
    }

    /** Index of the first non-space character, or the length when there is none. */
    static int start(String text) {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the last non-space character, or 0 when there is none. */
    static int end(String text) {
        int i = text.length();
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String trim(String text) {
        int start = start(text);
        return text.substring(start, Math.max(start, end(text)));
    }

    /** The text without leading and trailing space and with every run of spaces made one plain space. */
    static String collapse(String text) {
        int start = start(text);
        int end = Math.max(start, end(text));
        if (isCollapsed(text, start, end)) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
            } else {
                out.append(pendingSpace ? " " : "").append(c);
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    static char last(CharSequence text) {
        return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    }

    /** The text after a leading bullet ({@code  • Name}, {@code - Name}), collapsed; empty when there is none. */
    static Optional<String> findBulletItem(String text) {
        String trimmed = trim(text);
        if (trimmed.length() < 2 || BULLETS.indexOf(trimmed.charAt(0)) < 0) {
            return Optional.empty();
        }
        boolean spaced = isSpace(trimmed.charAt(1));
        if (!spaced && trimmed.charAt(0) != ROUND_BULLET) {
            return Optional.empty();
        }
        String rest = collapse(trimmed.substring(1));
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '"';
    }

    static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '"' || c == '\u2019';
    }

    static boolean startsWithQuote(String text) {
        return !text.isEmpty() && isOpeningQuote(text.charAt(0));
    }

    /** Whether the text ends a sentence: {@code . ? !} possibly followed by closing quotes or parentheses. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && (isClosingQuote(text.charAt(i)) || text.charAt(i) == ')')) {
            i--;
        }
        return i >= 0 && ".?!".indexOf(text.charAt(i)) >= 0;
    }

    /** The text as quoted in a message: at most {@value #EXCERPT_CHARS} characters, then an ellipsis. */
    static String excerpt(String text) {
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "\u2026";
    }
}
