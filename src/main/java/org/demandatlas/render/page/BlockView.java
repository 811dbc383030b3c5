package org.demandatlas.render.page;

import java.util.List;

/** One block of running text: {@code heading}, {@code paragraph}, {@code quote}, or {@code list} with items. */
public record BlockView(String kind, String text, List<String> items) {
    public BlockView {
        items = List.copyOf(items);
    }
}
