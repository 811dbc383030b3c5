package org.demandatlas.parse;

import org.demandatlas.model.BlockKind;

/**
 * When a one-line block is a heading. Headings are short ({@value #MAX_WORDS} words, {@value #MAX_CHARS} characters
 * at most), start with a letter or digit, hold no web address, do not end a sentence and are followed by another
 * block. Styles: a bare title ({@code John Protocol}), a title ending in a colon, {@code Topic: Subtitle}, a
 * parenthesised one ({@code Exclusion Zones (SOAP Orders)}).
 */
enum HeadingRule {
    /** Profile narratives: any heading style; one ending in a colon must be followed by a paragraph, since a line
     * that introduces a quotation or a list ({@code He noted:}) is a paragraph. */
    PROFILE,
    /** Web articles: only questions ({@code Is prostitution legal in West Hartford?}) are headings. */
    ARTICLE,
    /** Press releases: titles without a colon followed by a paragraph. */
    PRESS_RELEASE;

    static final int MAX_WORDS = 12;
    static final int MAX_CHARS = 120;

    /** Whether {@code text} is a heading when the next block is of kind {@code next} (null at the end). */
    boolean isHeading(String text, BlockKind next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case PROFILE -> isShaped(text) && (!text.endsWith(":") || next == BlockKind.PARAGRAPH);
            case ARTICLE -> DocumentClassifier.isQuestion(text);
            case PRESS_RELEASE -> isShaped(text) && !text.endsWith(":") && next == BlockKind.PARAGRAPH;
        };
    }

    static boolean isShaped(String text) {
        return !text.isEmpty() && text.length() <= MAX_CHARS && Text.words(text) <= MAX_WORDS
                && Character.isLetterOrDigit(text.charAt(0)) && !text.contains("://")
                && !Text.endsSentence(text) && ",;".indexOf(Text.last(text)) < 0;
    }
}
