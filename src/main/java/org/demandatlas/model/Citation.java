package org.demandatlas.model;

/**
 * One cited source: title (without its quotation marks or a final period), publisher (null when the line names
 * none), ISO date ({@code 2006-04-29}, or null when the
 * line has none), the line as written and its seed line number.
 */
public record Citation(String title, String publisher, String date, String asWritten, int line) {
    public Citation {
        Checks.requireText(title, "citation title");
        publisher = publisher == null || publisher.isBlank() ? null : publisher;
        if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("citation date must be ISO: " + date);
        }
        Checks.requireText(asWritten, "citation as written");
        Checks.requireLine(line);
    }
}
