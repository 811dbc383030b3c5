package org.demandatlas.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place an article's title is about: the capitalised words after "in"
 * ({@code Understanding Prostitution in West Hartford: Laws, Risks, and Resources} → {@code West Hartford}), with
 * the state code when one follows ({@code in Hartford, CT}).
 */
final class PlaceFinder {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*";
    private static final Pattern IN_PLACE = Pattern.compile("(?:^|(?<= ))[Ii]n (" + WORD + "(?: " + WORD
            + ")*)(?:, ([A-Z]{2})(?![\\p{L}]))?");

    /** A place name and the state code written with it (null when none). */
    record Place(String name, String code) {
    }

    private PlaceFinder() {
    }

    static Optional<Place> findInTitle(String title) {
        Matcher matcher = IN_PLACE.matcher(title);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        while (name.endsWith(".") || name.endsWith("-")) {
            name = name.substring(0, name.length() - 1);
        }
        return Optional.of(new Place(name, matcher.group(2)));
    }
}
