package org.demandatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One seed document as read: its kind and why it was classified so, provenance (file, SHA-256), title, the
 * jurisdiction it concerns ({@code ct/hartford}, or a state id such as {@code ct}; null when none could be
 * determined), its date when it states one, its body as blocks, and every line of its file with its role (empty
 * when the document was made by other means than parsing a file, such as reading {@code all.json}).
 */
public record Document(String id, DocumentKind kind, String classification, String file, String sha256,
                       String title, String jurisdiction, String date, List<Block> body, List<SeedLine> lines) {
    public Document {
        Slugs.requireSlug(id);
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(classification, "classification reason");
        Checks.requireText(file, "file");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        Checks.requireText(title, "title");
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("document date must be ISO: " + date);
        }
        body = Checks.copy(body);
        lines = Checks.copy(lines);
    }

    /** A document without its file's lines. */
    public Document(String id, DocumentKind kind, String classification, String file, String sha256, String title,
                    String jurisdiction, String date, List<Block> body) {
        this(id, kind, classification, file, sha256, title, jurisdiction, date, body, List.of());
    }

    public boolean curated() {
        return kind.curated();
    }

    public Optional<String> findJurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    public Document withId(String newId) {
        return new Document(newId, kind, classification, file, sha256, title, jurisdiction, date, body, lines);
    }

    public Document withJurisdiction(String newJurisdiction) {
        return new Document(id, kind, classification, file, sha256, title, newJurisdiction, date, body, lines);
    }

    public Document withLines(List<SeedLine> fileLines) {
        return new Document(id, kind, classification, file, sha256, title, jurisdiction, date, body, fileLines);
    }
}
