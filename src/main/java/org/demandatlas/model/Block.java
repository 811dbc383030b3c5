package org.demandatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A heading, paragraph, quotation or list item of a narrative or document body, with its first seed line and where
 * each of its seed lines starts in its text (a paragraph re-joined from wrapped lines has several), so that a
 * sentence or a reference inside it names its own line ({@link #lineAt}).
 */
public record Block(BlockKind kind, String text, int line, List<LineStart> starts) {
    /** A seed line of a block: where it starts in the block's text and its number. */
    public record LineStart(int offset, int line) {
        public LineStart {
            Checks.requireLine(line);
            if (offset < 0) {
                throw new IllegalArgumentException("offset must be >= 0, was " + offset);
            }
        }
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(text, "block text");
        Checks.requireLine(line);
        starts = Checks.copy(starts);
        if (starts.isEmpty() || starts.get(0).offset() != 0 || starts.get(0).line() != line) {
            throw new IllegalArgumentException("a block's first line starts at offset 0 and is its line " + line);
        }
    }

    /** A block of one line (or read without its lines: line 0). */
    public Block(BlockKind kind, String text, int line) {
        this(kind, text, line, List.of(new LineStart(0, line)));
    }

    /** The seed line that holds the character at {@code offset} of the text. */
    public int lineAt(int offset) {
        int found = line;
        for (LineStart start : starts) {
            if (start.offset() > offset) {
                break;
            }
            found = start.line();
        }
        return found;
    }
}
