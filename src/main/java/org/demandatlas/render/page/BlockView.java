package org.demandatlas.render.page;

import java.util.List;

/**
 * One block of running text: {@code heading}, {@code paragraph}, {@code quote}, or {@code list} with items; its
 * anchor ({@code p-4}, empty for a list, whose items have theirs in {@code itemAnchors}), which search passages
 * link to.
 */
public record BlockView(String kind, String anchor, String text, List<String> items, List<String> itemAnchors) {
    public BlockView {
        items = List.copyOf(items);
        itemAnchors = List.copyOf(itemAnchors);
        if (items.size() != itemAnchors.size()) {
            throw new IllegalArgumentException("every list item needs its anchor");
        }
    }
}
