package org.demandatlas.model;

import java.util.List;

/**
 * A category of Key Sources as written ({@code Street-Level Reverse Stings, Identity Disclosure}), the canonical
 * tactic ids it maps to, and its citations (possibly none: empty categories are kept).
 */
public record SourceCategory(String category, List<String> tactics, List<Citation> citations, int line) {
    public SourceCategory {
        Checks.requireText(category, "source category");
        tactics = Checks.copy(tactics);
        citations = Checks.copy(citations);
        Checks.requireLine(line);
    }
}
