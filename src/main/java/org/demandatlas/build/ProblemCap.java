package org.demandatlas.build;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * Keeps the problem list of one file readable: at most {@value #PER_FILE} problems are listed, the rest are
 * summed up in one more problem at the place of the first one left out, as severe as the worst of them (so an
 * error still fails the build). A seed with 100,000 duplicate tactic lines gives 101 lines, not 100,000.
 */
final class ProblemCap {
    static final int PER_FILE = 100;

    private ProblemCap() {
    }

    /** The problems of one file, in order, capped. */
    static List<Problem> apply(List<Problem> problems) {
        if (problems.size() <= PER_FILE) {
            return problems;
        }
        List<Problem> kept = new ArrayList<>(problems.subList(0, PER_FILE));
        List<Problem> rest = problems.subList(PER_FILE, problems.size());
        Problem first = rest.getFirst();
        String message = rest.size() + " more problems in this file are not listed (at most " + PER_FILE
                + " per file are)";
        kept.add(rest.stream().anyMatch(Problem::isError)
                ? Problem.error(ProblemKind.OMITTED, first.file(), first.line(), first.column(), message)
                : Problem.warning(ProblemKind.OMITTED, first.file(), first.line(), first.column(), message));
        return kept;
    }
}
