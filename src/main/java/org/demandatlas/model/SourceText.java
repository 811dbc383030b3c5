package org.demandatlas.model;

import java.util.List;

/**
 * A seed file after ingest: normalised lines (index {@code i} is line {@code i + 1} of the file), its SHA-256 over
 * the raw bytes, the encoding it was decoded with, and what ingest noticed on the way.
 */
public record SourceText(String file, String sha256, String encoding, List<String> lines, List<Problem> problems) {
    public SourceText {
        Checks.requireText(file, "file");
        Checks.requireText(sha256, "sha256");
        Checks.requireText(encoding, "encoding");
        lines = Checks.copy(lines);
        problems = Checks.copy(problems);
    }

    /** The text of 1-based line {@code number}. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    public int lineCount() {
        return lines.size();
    }
}
