package org.demandatlas.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The table shape of a tactic list: {@code Reverse stings | ✓ |}, one row per tactic of the template, a tick in the
 * second cell when the tactic is used; an empty cell (or ✗, -, no) means not used. A header row
 * ({@code Tactic | Used}) and a separator row ({@code ---|---}) are recognised and carry no tactic.
 */
record TacticTable(String name, int nameOffset, Mark mark, String markText) {
    private static final Set<String> TICKS = Set.of("\u2713", "\u2714", "\u2611", "\u2705", "x", "yes", "y");
    private static final Set<String> NO_TICKS = Set.of("", "\u2717", "\u2718", "\u2610", "-", "no", "n");
    private static final Set<String> HEADER_NAMES = Set.of("tactic", "tactics", "tactics used", "tactic name");

    enum Mark { USED, NOT_USED, UNCLEAR, HEADER, SEPARATOR }

    static boolean isRow(String text) {
        return text.indexOf('|') >= 0;
    }

    /** The row a line holds, if it holds one; {@code nameOffset} is the name's index in {@code text}. */
    static Optional<TacticTable> parse(String text) {
        if (!isRow(text)) {
            return Optional.empty();
        }
        if (text.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || Text.isSpace((char) c))) {
            return Optional.of(new TacticTable("", 0, Mark.SEPARATOR, ""));
        }
        int start = text.startsWith("|") ? 1 : 0;
        List<String> cells = List.of(text.substring(start).split("\\|", -1));
        String name = Text.collapse(cells.get(0));
        int nameOffset = start + Text.start(cells.get(0));
        String mark = cells.size() > 1 ? Text.collapse(cells.get(1)) : "";
        return Optional.of(new TacticTable(name, nameOffset, markOf(name, mark), mark));
    }

    private static Mark markOf(String name, String mark) {
        String key = mark.toLowerCase(Locale.ROOT);
        if (HEADER_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return Mark.HEADER;
        }
        if (TICKS.contains(key)) {
            return Mark.USED;
        }
        return NO_TICKS.contains(key) ? Mark.NOT_USED : Mark.UNCLEAR;
    }
}
