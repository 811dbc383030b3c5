package org.demandatlas.parse;

import java.util.List;

/** A block of running text before its kind is decided: its lines (the first is its line), text, list marker. */
record RawBlock(List<Integer> lines, String text, boolean listItem) {
    RawBlock {
        lines = List.copyOf(lines);
    }

    int line() {
        return lines.get(0);
    }

    /** One block per line: a bulleted line is a list item (without its bullet), any other a block of its own. */
    static RawBlock ofLine(int line, String raw) {
        return Text.findBulletItem(raw).map(item -> new RawBlock(List.of(line), item, true))
                .orElseGet(() -> new RawBlock(List.of(line), Text.collapse(raw), false));
    }
}
