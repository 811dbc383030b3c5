package org.demandatlas.render;

/**
 * Drops the templates' indentation from rendered HTML: the leading spaces of every line and the lines left empty,
 * outside {@code <pre>} (whose text is shown as written). A newline still separates what the indentation did, so
 * the page renders the same; a typical profile page is a quarter smaller.
 */
final class HtmlWhitespace {
    private HtmlWhitespace() {
    }

    static String compact(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inPre = false;
        int start = 0;
        while (start < html.length()) {
            int end = html.indexOf('\n', start);
            end = end < 0 ? html.length() : end + 1;
            int from = start;
            if (!inPre) {
                while (from < end && (html.charAt(from) == ' ' || html.charAt(from) == '\t')) {
                    from++;
                }
            }
            boolean blank = !inPre && (from == end || html.charAt(from) == '\n' || html.charAt(from) == '\r');
            if (!blank || out.isEmpty()) {
                out.append(html, blank ? end : from, end);
            }
            inPre = preAfter(html, start, end, inPre);
            start = end;
        }
        return out.toString();
    }

    /** Whether the text after this line is inside {@code <pre>}: the last opening or closing tag on it decides. */
    private static boolean preAfter(String html, int start, int end, boolean inPre) {
        int open = lastWithin(html, "<pre", start, end);
        int close = lastWithin(html, "</pre>", start, end);
        return open < 0 && close < 0 ? inPre : open > close;
    }

    /** The last index of {@code tag} that starts in [start, end), or -1: never searches past the line. */
    private static int lastWithin(String html, String tag, int start, int end) {
        for (int at = end - 1; at >= start; at--) {
            if (html.charAt(at) == '<' && html.startsWith(tag, at)) {
                return at;
            }
        }
        return -1;
    }
}
