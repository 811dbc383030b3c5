package org.demandatlas.model;

/** What a seed document is. Only {@link #PROFILE} is curated. */
public enum DocumentKind implements Labelled {
    PROFILE("profile", "Curated profile"),
    ARTICLE("article", "Unverified web article"),
    PRESS_RELEASE("press-release", "Official press release");

    private final String id;
    private final String label;

    DocumentKind(String id, String label) {
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

    public boolean curated() {
        return this == PROFILE;
    }
}
