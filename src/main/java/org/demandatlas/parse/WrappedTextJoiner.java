package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-joins hard-wrapped text (a press release extracted from a PDF, its lines wrapped mid-sentence and often
 * separated by single blank lines) into whole blocks. A new block starts at a bullet; after two or more blank
 * lines; at an indented line after a line ending in {@code :} or {@code ;} or inside a list (the indent is what is
 * left of a lost bullet, so such blocks are list items); and after one blank line when the previous line ends a
 * sentence and the next starts one. Otherwise lines join with one space, or with none after a word-hyphen
 * ({@code 53a-} + {@code 192a} = {@code 53a-192a}).
 */
final class WrappedTextJoiner {
    private final ParseContext context;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean listItem;
    private int gap;

    private WrappedTextJoiner(ParseContext context) {
        this.context = context;
    }

    /** The blocks of lines {@code from} to {@code to}, inclusive. */
    static List<RawBlock> join(ParseContext context, int from, int to) {
        WrappedTextJoiner joiner = new WrappedTextJoiner(context);
        for (int n = from; n <= to; n++) {
            joiner.accept(n);
        }
        joiner.flush();
        return joiner.blocks;
    }

    private void accept(int n) {
        String raw = context.line(n);
        if (Text.isBlank(raw)) {
            gap++;
            return;
        }
        boolean indented = Text.start(raw) > 0;
        Optional<String> item = Text.findBulletItem(raw);
        String line = item.orElseGet(() -> Text.collapse(raw));
        if (lines.isEmpty()) {
            start(n, line, item.isPresent());
        } else if (item.isPresent() || breaksBefore(line, indented)) {
            boolean startsList = item.isPresent() || (indented && !Text.startsWithQuote(line)
                    && (listItem || endsIntroduction()));
            flush();
            start(n, line, startsList);
        } else {
            append(n, line);
        }
        gap = 0;
    }

    private boolean breaksBefore(String line, boolean indented) {
        if (gap >= 2) {
            return true;
        }
        if (listItem || endsIntroduction()) {
            return indented;
        }
        return gap == 1 && Text.endsSentence(text) && startsSentence(line);
    }

    private boolean endsIntroduction() {
        char last = Text.last(text);
        return last == ':' || last == ';';
    }

    private static boolean startsSentence(String line) {
        char first = line.charAt(0);
        return Character.isUpperCase(first) || Text.isOpeningQuote(first) || first == '(';
    }

    private void start(int n, String line, boolean isListItem) {
        lines.add(n);
        offsets.add(0);
        text.append(line);
        listItem = isListItem;
    }

    private void append(int n, String line) {
        lines.add(n);
        int length = text.length();
        boolean wordHyphen = length >= 2 && text.charAt(length - 1) == '-'
                && Character.isLetterOrDigit(text.charAt(length - 2)) && Character.isLetterOrDigit(line.charAt(0));
        text.append(wordHyphen ? "" : " ");
        offsets.add(text.length());
        text.append(line);
    }

    private void flush() {
        if (!lines.isEmpty()) {
            blocks.add(new RawBlock(lines, offsets, text.toString(), listItem));
        }
        lines.clear();
        offsets.clear();
        text.setLength(0);
    }
}
