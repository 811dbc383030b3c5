package org.demandatlas.model;

/**
 * How well a profile supports a tactic: {@code corroborated} (listed, and described in the narrative or cited in
 * Key Sources), {@code listed} (listed only), {@code unlisted} (described or cited, but not listed).
 */
public enum EvidenceLevel implements Labelled {
    CORROBORATED("corroborated", "Listed and corroborated"),
    LISTED("listed", "Listed only"),
    UNLISTED("unlisted", "Described, not listed");

    private final String id;
    private final String label;

    EvidenceLevel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
