package org.demandatlas.parse;

import java.util.Locale;
import java.util.Optional;

/** The section headings of a profile export, matched ignoring case, spacing and one final colon. */
enum SectionHeading {
    CATEGORIES("Categories"),
    TACTICS_USED("Tactics Used"),
    KEY_PARTNERS("Key Partners"),
    KEY_SOURCES("Key Sources");

    /** Longer lines are never headings (and are not looked at further). */
    private static final int MAX_LINE_CHARS = 40;
    private final String title;
    private final String key;

    SectionHeading(String title) {
        this.title = title;
        this.key = title.toLowerCase(Locale.ROOT);
    }

    String title() {
        return title;
    }

    static Optional<SectionHeading> find(String text) {
        if (text.length() > MAX_LINE_CHARS) {
            return Optional.empty();
        }
        String key = Text.collapse(text).toLowerCase(Locale.ROOT);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        for (SectionHeading heading : values()) {
            if (heading.key.equals(key)) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }
}
