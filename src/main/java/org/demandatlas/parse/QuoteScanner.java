package org.demandatlas.parse;

/**
 * Whether a block is a quotation: it opens with a double quotation mark and the quotation it opens closes at its
 * very end. Quotation marks nest with the same marks ({@code “… known as “johns.” The …”}), so depth is counted;
 * a straight {@code "} opens after a space or an opening bracket and closes otherwise. {@code “Quote,” says X.} is
 * not a quotation but a paragraph that contains one.
 */
final class QuoteScanner {
    private QuoteScanner() {
    }

    static boolean isQuotation(String text) {
        if (text.length() < 2 || !Text.isOpeningQuote(text.charAt(0))) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += change(text, i);
            if (depth <= 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static int change(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C') {
            return 1;
        }
        if (c == '\u201D') {
            return -1;
        }
        if (c != '"') {
            return 0;
        }
        boolean opens = i == 0 || Text.isSpace(text.charAt(i - 1)) || "([\u2014\u2013".indexOf(text.charAt(i - 1)) >= 0;
        return opens ? 1 : -1;
    }
}
