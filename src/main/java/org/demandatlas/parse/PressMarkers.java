package org.demandatlas.parse;

import java.util.List;
import java.util.Optional;

/** The upper-case phrases that open a line of a press release's letterhead. */
final class PressMarkers {
    static final List<String> MARKERS = List.of("FOR IMMEDIATE RELEASE", "FOR RELEASE", "PRESS RELEASE",
            "NEWS RELEASE", "MEDIA CONTACT:", "CONTACT:");
    /** Markers are looked for among the first this many non-blank lines only. */
    static final int WINDOW = 20;

    private PressMarkers() {
    }

    static Optional<String> find(String line) {
        String trimmed = Text.trim(line);
        return MARKERS.stream().filter(trimmed::startsWith).findFirst();
    }
}
