package org.demandatlas.build;

import java.util.List;
import java.util.Objects;
import org.demandatlas.model.Problem;

/**
 * The outcome of a build: its status, every problem found (sorted), and unless {@code OK} a one-line reason (for
 * input errors, it names the report written beside the site); plus counts for the summary.
 */
public record BuildReport(BuildStatus status, List<Problem> problems, String failure, int seeds, int jurisdictions,
                          int documents) {
    public BuildReport {
        Objects.requireNonNull(status, "status");
        problems = problems.stream().sorted(Problem.ORDER).toList();
        failure = failure == null ? "" : failure;
    }

    static BuildReport failed(BuildStatus status, List<Problem> problems, String failure) {
        return new BuildReport(status, problems, failure, 0, 0, 0);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem as {@code file:line:col: severity: message}, in order. */
    public List<String> formattedProblems() {
        return problems.stream().map(Problem::format).toList();
    }
}
