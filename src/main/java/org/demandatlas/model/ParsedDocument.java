package org.demandatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * What the parser made of one seed file: the document (null when the file could not be read as any kind, and
 * then {@code problems} says why), the jurisdiction it describes (a curated profile, or a non-curated stub for the
 * place an article concerns; null for state-level documents), the role of every input line, and every problem.
 */
public record ParsedDocument(String file, Document document, Jurisdiction jurisdiction, List<LineRole> lineRoles,
                             List<Problem> problems) {
    public ParsedDocument {
        Checks.requireText(file, "file");
        lineRoles = Checks.copy(lineRoles);
        problems = Checks.copy(problems);
    }

    public Optional<Document> findDocument() {
        return Optional.ofNullable(document);
    }

    public Optional<Jurisdiction> findJurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
