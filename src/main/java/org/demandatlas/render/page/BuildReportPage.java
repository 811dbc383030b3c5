package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /build-report.html}: what the last build read (seeds, documents per kind) and every problem it found, with
 * a link to the same data as JSON. All text is seed text or derived from it, so the template escapes everything.
 */
public record BuildReportPage(int seedsRead, List<Count> documents, List<Count> severities, List<ProblemRow> problems,
                              String jsonHref) {
    public BuildReportPage {
        documents = List.copyOf(documents);
        severities = List.copyOf(severities);
        problems = List.copyOf(problems);
    }

    /** A labelled count. */
    public record Count(String label, int count) {
    }

    /** One problem: where (file, line, column), how bad, and what. */
    public record ProblemRow(String file, int line, int column, String severity, String message) {
    }
}
