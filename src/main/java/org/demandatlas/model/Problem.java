package org.demandatlas.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one input file, located by 1-based line and column (0 when the whole file is meant), with
 * its kind (what reports group by; never read from the message). Rendered as
 * {@code seeds/x.txt:12:5: error: message (expected …)}.
 */
public record Problem(String file, int line, int column, Severity severity, ProblemKind kind, String message) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::severity).thenComparing(Problem::message).thenComparing(Problem::kind);

    public Problem {
        Checks.requireText(file, "file");
        Checks.requireLine(line);
        Checks.requireLine(column);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(message, "message");
    }

    public static Problem error(ProblemKind kind, String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, kind, message);
    }

    public static Problem warning(ProblemKind kind, String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, kind, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
