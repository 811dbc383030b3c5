package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /build-report.html}: what the last build read (seeds, documents per kind) and every problem it found, with
 * a link to the same data as JSON. All text is seed text or derived from it, so the template escapes everything.
 * {@code keptSite} is null for the report of a published site; for a build that stopped on errors, it names the
 * site folder that was kept.
 */
public record BuildReportPage(int seedsRead, List<Count> documents, List<Count> severities, List<ProblemRow> problems,
                              String jsonHref, KeptSite keptSite) {
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

    /** The site folder a failed build left as it was, and the link to its home page. */
    public record KeptSite(String folder, String href) {
    }
}
