package org.demandatlas.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How well a profile supports a tactic: {@code corroborated} (listed, and described in the narrative or cited in
 * Key Sources), {@code listed} (listed only), {@code unlisted} (described or cited, but not listed).
 */
public enum EvidenceLevel {
    CORROBORATED("corroborated", "Listed and corroborated"),
    LISTED("listed", "Listed only"),
    UNLISTED("unlisted", "Described, not listed");

    private final String id;
    private final String label;

    EvidenceLevel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<EvidenceLevel> find(String id) {
        return Arrays.stream(values()).filter(level -> level.id.equals(id)).findFirst();
    }
}
