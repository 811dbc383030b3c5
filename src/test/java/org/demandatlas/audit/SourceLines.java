package org.demandatlas.audit;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.demandatlas.model.SourceText;

/**
 * The audit's own reading of the seed files, independent of the parser: does a text stand on a given line (or, for a
 * sentence of a wrapped paragraph, start there and run on over the next lines)? Comparison ignores white space and
 * the kind of quotation mark, nothing else.
 */
final class SourceLines {
    /** How far a sentence of a block may lie from the block's first line (the press release wraps every line). */
    private static final int REACH = 60;
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private final Map<String, SourceText> files;

    SourceLines(Map<String, SourceText> files) {
        this.files = Map.copyOf(files);
    }

    boolean knows(String file) {
        return files.containsKey(file);
    }

    String line(String file, int line) {
        SourceText source = files.get(file);
        return source == null || line < 1 || line > source.lineCount() ? "" : source.line(line);
    }

    int lineCount(String file) {
        return files.get(file).lineCount();
    }

    /** True when {@code text} is written on {@code line} itself. */
    boolean onLine(String file, int line, String text) {
        return squeeze(line(file, line)).contains(squeeze(text));
    }

    /** True when {@code text} is written in the lines from {@code line} on (within a block's reach). */
    boolean fromLine(String file, int line, String text) {
        return findFrom(file, line, text).isPresent();
    }

    /**
     * The line where {@code text} starts, searching from {@code line} on: the last line from which the following
     * lines still hold it. Empty when it is not there.
     */
    OptionalInt findFrom(String file, int line, String text) {
        if (!knows(file) || line < 1) {
            return OptionalInt.empty();
        }
        String wanted = squeeze(text);
        int last = Math.min(lineCount(file), line + REACH);
        OptionalInt found = OptionalInt.empty();
        for (int start = line; start <= last; start++) {
            if (holds(file, start, last, wanted)) {
                found = OptionalInt.of(start);
            } else if (found.isPresent()) {
                return found;
            }
        }
        return found;
    }

    private boolean holds(String file, int start, int last, String wanted) {
        StringBuilder joined = new StringBuilder();
        for (int n = start; n <= last && joined.length() < wanted.length() + 400; n++) {
            joined.append(squeeze(line(file, n)));
            if (joined.indexOf(wanted) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the file that holds {@code text}; empty when none does. */
    OptionalInt findAnywhere(String file, String text) {
        if (!knows(file)) {
            return OptionalInt.empty();
        }
        for (int n = 1; n <= lineCount(file); n++) {
            if (onLine(file, n, text)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The text with URLs (and so the years inside their paths) taken out. */
    static String withoutUrls(String text) {
        return URL.matcher(text).replaceAll(" ");
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "").replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
