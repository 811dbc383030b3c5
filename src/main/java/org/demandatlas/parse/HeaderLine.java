package org.demandatlas.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's header line, {@code Name, ST}: the place name (any text with a letter and no comma, so
 * {@code St. Petersburg}, {@code Coeur d'Alene}, {@code Española}) and a two-letter upper-case code, with the
 * 1-based columns of both. {@code Hartford, CT 06106} is an address, not a header. The code is not checked here.
 */
record HeaderLine(String name, String code, int line, int nameColumn, int codeColumn) {
    /** Possessive, so that a long line without a comma is rejected in linear time. */
    private static final Pattern HEADER = Pattern.compile("([^,]++), +([A-Z]{2})");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Optional<HeaderLine> find(String text, int line) {
        Matcher matcher = HEADER.matcher(text).region(Text.start(text), Math.max(Text.start(text), Text.end(text)));
        if (!matcher.matches() || !LETTER.matcher(matcher.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.of(new HeaderLine(Text.collapse(matcher.group(1)), matcher.group(2), line,
                matcher.start(1) + 1, matcher.start(2) + 1));
    }

    /** The header as the classifier quotes it, {@code Hartford, CT}. */
    String display() {
        return name + ", " + code;
    }
}
