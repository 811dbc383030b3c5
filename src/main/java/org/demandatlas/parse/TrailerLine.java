package org.demandatlas.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.States;

/**
 * One line of the trailer that ends a profile export: {@code State <full name>}, {@code Type City|County|State},
 * {@code Population <digits>}, a bare {@code Location} and {@code Comments are closed.}; the value as written and
 * its 1-based column. The shape is a keyword, a space and at most four words not ending in a colon.
 */
record TrailerLine(Key key, String value, int valueColumn) {
    private static final Pattern POPULATION = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final int MAX_VALUE_WORDS = 4;

    enum Key {
        STATE("State"), TYPE("Type"), POPULATION("Population"), LOCATION("Location"),
        COMMENTS("Comments are closed.");

        private final String keyword;

        Key(String keyword) {
            this.keyword = keyword;
        }

        String keyword() {
            return keyword;
        }
    }

    static Optional<TrailerLine> find(String text) {
        if (Text.words(text) > MAX_VALUE_WORDS + 1) {
            return Optional.empty();
        }
        String trimmed = Text.trim(text);
        int offset = Text.start(text);
        if (Text.collapse(trimmed).equals(Key.COMMENTS.keyword)) {
            return Optional.of(new TrailerLine(Key.COMMENTS, "", offset + 1));
        }
        for (Key key : Key.values()) {
            String keyword = key.keyword;
            boolean bare = trimmed.equals(keyword);
            if (bare || trimmed.startsWith(keyword + " ")) {
                String rest = trimmed.substring(keyword.length());
                String value = Text.trim(rest);
                int column = offset + keyword.length() + (bare ? 0 : Text.start(rest)) + 1;
                return isValueShaped(value) ? Optional.of(new TrailerLine(key, Text.collapse(value), column))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isValueShaped(String value) {
        return Text.words(value) <= MAX_VALUE_WORDS && !value.endsWith(":");
    }

    /** Whether the line is sure to be a trailer line even amid narrative: its value is one the trailer allows. */
    boolean isWellFormed(States states) {
        return switch (key) {
            case STATE -> states.findByName(value).isPresent();
            case TYPE -> JurisdictionType.find(value).isPresent();
            case POPULATION -> POPULATION.matcher(value).matches();
            case LOCATION -> value.isEmpty();
            case COMMENTS -> true;
        };
    }

    static boolean isPopulation(String value) {
        return POPULATION.matcher(value).matches();
    }
}
