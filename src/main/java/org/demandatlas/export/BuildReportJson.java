package org.demandatlas.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.Problem;
import org.demandatlas.routes.Routes;

/**
 * {@code build-report.json}: seeds read, documents per kind, problems per severity and every problem
 * ({@code file, line, column, severity, message}) in {@link Problem#ORDER}. Deterministic: fixed key order, sorted
 * problems, no clock.
 */
public final class BuildReportJson {
    public static final String FILE = Routes.file(Routes.BUILD_REPORT_JSON);

    private BuildReportJson() {
    }

    @JsonPropertyOrder({"seedsRead", "documents", "problemCounts", "problems"})
    record Report(int seedsRead, Map<String, Integer> documents, Map<String, Integer> problemCounts,
                  List<Entry> problems) {
    }

    @JsonPropertyOrder({"file", "line", "column", "severity", "message"})
    record Entry(String file, int line, int column, String severity, String message) {
    }

    public static void write(BuildSummary summary, Path file) throws IOException {
        Files.write(file, toBytes(summary));
    }

    public static byte[] toBytes(BuildSummary summary) {
        Map<String, Integer> documents = new LinkedHashMap<>();
        summary.documentsByKind().forEach((kind, count) -> documents.put(kind.id(), count));
        Map<String, Integer> counts = new LinkedHashMap<>();
        summary.problemsBySeverity().forEach((severity, count) -> counts.put(severity.label(), count));
        List<Entry> entries = summary.problems().stream().map(p -> new Entry(p.file(), p.line(), p.column(),
                p.severity().label(), p.message())).toList();
        return JsonFormat.toBytes(new Report(summary.seedsRead(), documents, counts, entries));
    }
}
