package org.demandatlas.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;

/**
 * The latest ISO date stated anywhere in the input (document dates, citation dates), so that "data as of" never
 * depends on the build clock. ISO dates compare correctly as strings; a bare year sorts before its months.
 */
final class DataDates {
    private DataDates() {
    }

    static Optional<String> latest(List<Jurisdiction> jurisdictions, List<Document> documents) {
        Stream<String> citationDates = jurisdictions.stream().flatMap(j -> j.sources().stream())
                .flatMap(source -> source.citations().stream()).map(citation -> citation.date());
        Stream<String> documentDates = documents.stream().map(Document::date);
        return Stream.concat(citationDates, documentDates).filter(Objects::nonNull).max(String::compareTo);
    }
}
