package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.SourceText;

/** The lines of one file being parsed (1-based), the role given to each, and the problems found so far. */
final class ParseContext {
    private final SourceText source;
    private final LineRole[] roles;
    private final List<Problem> problems = new ArrayList<>();

    ParseContext(SourceText source) {
        this.source = source;
        this.roles = new LineRole[source.lineCount()];
    }

    String file() {
        return source.file();
    }

    SourceText source() {
        return source;
    }

    int lineCount() {
        return roles.length;
    }

    /** The text of 1-based line {@code number}. */
    String line(int number) {
        return source.line(number);
    }

    boolean isBlank(int number) {
        return Text.isBlank(line(number));
    }

    void role(int number, LineRole role) {
        roles[number - 1] = role;
    }

    LineRole roleOf(int number) {
        return roles[number - 1];
    }

    /** A finding of the parser ({@link ProblemKind#PARSE}). */
    void warn(int line, int column, String message) {
        warn(ProblemKind.PARSE, line, column, message);
    }

    void warn(ProblemKind kind, int line, int column, String message) {
        problems.add(Problem.warning(kind, source.file(), line, column, message));
    }

    void error(int line, int column, String message) {
        problems.add(Problem.error(ProblemKind.PARSE, source.file(), line, column, message));
    }

    /** The 1-based column of the first non-space character of a line. */
    int firstColumn(int number) {
        return Text.start(line(number)) + 1;
    }

    /**
     * Every line's role; a line no parser claimed is BLANK when blank, else JUNK with a warning (never dropped
     * silently).
     */
    List<LineRole> finishRoles() {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == null && isBlank(i + 1)) {
                roles[i] = LineRole.BLANK;
            } else if (roles[i] == null) {
                roles[i] = LineRole.JUNK;
                warn(i + 1, firstColumn(i + 1), "line not understood; ignored");
            }
        }
        return Arrays.asList(roles.clone());
    }

    /** Problems of ingest and of parsing, in file order. */
    List<Problem> finishProblems() {
        List<Problem> all = new ArrayList<>(source.problems());
        all.addAll(problems);
        all.sort(Problem.ORDER);
        return all;
    }
}
