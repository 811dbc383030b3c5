package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Block;

/**
 * A block of running text before its kind is decided: its lines (the first is its line), where each starts in the
 * text, the text, list marker.
 */
record RawBlock(List<Integer> lines, List<Integer> offsets, String text, boolean listItem) {
    RawBlock {
        lines = List.copyOf(lines);
        offsets = List.copyOf(offsets);
        if (offsets.size() != lines.size()) {
            throw new IllegalArgumentException("one offset per line");
        }
    }

    /** Each line's start in the text, as the block's model keeps it. */
    List<Block.LineStart> starts() {
        List<Block.LineStart> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            starts.add(new Block.LineStart(offsets.get(i), lines.get(i)));
        }
        return starts;
    }

    int line() {
        return lines.get(0);
    }

    /** One block per line: a bulleted line is a list item (without its bullet), any other a block of its own. */
    static RawBlock ofLine(int line, String raw) {
        return Text.findBulletItem(raw).map(item -> new RawBlock(List.of(line), List.of(0), item, true))
                .orElseGet(() -> new RawBlock(List.of(line), List.of(0), Text.collapse(raw), false));
    }
}
