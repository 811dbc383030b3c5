package org.demandatlas.parse;

import java.util.Locale;
import java.util.Optional;

/** The section headings of a profile export, matched ignoring case, spacing and one final colon. */
enum SectionHeading {
    CATEGORIES("Categories"),
    TACTICS_USED("Tactics Used"),
    KEY_PARTNERS("Key Partners"),
    KEY_SOURCES("Key Sources");

    private final String title;

    SectionHeading(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    static Optional<SectionHeading> find(String text) {
        String key = Text.collapse(text);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        for (SectionHeading heading : values()) {
            if (heading.title.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }
}
