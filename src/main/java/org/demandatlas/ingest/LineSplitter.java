package org.demandatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * Splits decoded text into lines at LF, CRLF and lone CR (a final line break ends the last line, it does not start
 * a new one) and replaces, one character for one, every kind of space with a plain space. Control characters are
 * read as spaces too, unless there are so many (or a NUL) that the file is binary.
 */
final class LineSplitter {
    private static final String BINARY = "file is binary, not text: ";
    private static final String EXPECTED_TEXT = " (expected UTF-8 or Windows-1252 text)";

    record Split(List<String> lines, List<Problem> problems, Problem binary) {
    }

    private final String file;
    private final List<String> lines = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int controls;
    private int firstControl;
    private int firstControlLine;
    private int firstControlColumn;
    private Problem binary;

    private LineSplitter(String file) {
        this.file = file;
    }

    static Split split(String file, String text) {
        LineSplitter splitter = new LineSplitter(file);
        splitter.run(text);
        return splitter.result();
    }

    private void run(String text) {
        char[] chars = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < chars.length && binary == null; i++) {
            char c = chars[i];
            if (c == '\r' || c == '\n') {
                endLine(chars, lineStart, i);
                i += c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n' ? 1 : 0;
                lineStart = i + 1;
            } else {
                chars[i] = normalise(c, i - lineStart + 1);
            }
        }
        if (binary == null && lineStart < chars.length) {
            endLine(chars, lineStart, chars.length);
        }
    }

    private char normalise(char c, int column) {
        if (c == 0) {
            binary = Problem.error(ProblemKind.INPUT, file, lines.size() + 1, column,
                    BINARY + "NUL byte" + EXPECTED_TEXT);
            return ' ';
        }
        if (c >= ' ' && c < 0x7F) {
            return c;
        }
        if (isSpace(c)) {
            return ' ';
        }
        if (isControl(c)) {
            if (controls++ == 0) {
                firstControl = c;
                firstControlLine = lines.size() + 1;
                firstControlColumn = column;
            }
            return ' ';
        }
        return c;
    }

    /** Tab, vertical tab, form feed, U+00A0 and every other space separator, and the Unicode line separators. */
    static boolean isSpace(char c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private void endLine(char[] chars, int from, int to) {
        int length = to - from;
        if (length > TextIngester.MAX_LINE_CHARS) {
            problems.add(Problem.error(ProblemKind.INPUT, file, lines.size() + 1, 1, "line is " + length
                    + " characters long (expected at most " + TextIngester.MAX_LINE_CHARS + ")"));
            lines.add("");
        } else {
            lines.add(new String(chars, from, length));
        }
    }

    private Split result() {
        if (binary == null && controls > TextIngester.MAX_CONTROL_CHARS) {
            binary = Problem.error(ProblemKind.INPUT, file, firstControlLine, firstControlColumn,
                    BINARY + controls + " control characters" + EXPECTED_TEXT);
        }
        if (binary != null) {
            return new Split(List.of(), List.of(), binary);
        }
        if (controls > 0) {
            problems.add(Problem.warning(ProblemKind.INPUT, file, firstControlLine, firstControlColumn,
                    controlWarning()));
        }
        return new Split(List.copyOf(lines), List.copyOf(problems), null);
    }

    private String controlWarning() {
        String code = String.format(Locale.ROOT, "U+%04X", firstControl);
        return controls == 1 ? "control character " + code + " read as a space"
                : controls + " control characters read as spaces (first " + code + ")";
    }
}
