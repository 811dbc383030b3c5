package org.demandatlas.catalog;

import java.util.List;
import java.util.Objects;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Problem;

/** What the catalog made of all parsed documents: the cross-referenced catalog and the cross-file problems. */
public record CatalogResult(Catalog catalog, List<Problem> problems) {
    public CatalogResult {
        Objects.requireNonNull(catalog, "catalog");
        problems = problems == null ? List.of() : problems.stream().sorted(Problem.ORDER).toList();
    }
}
