package org.demandatlas.catalog;

import java.util.List;
import java.util.Objects;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Problem;

/** What the catalog made of all parsed documents: the cross-referenced atlas and the cross-file problems. */
public record CatalogResult(Atlas atlas, List<Problem> problems) {
    public CatalogResult {
        Objects.requireNonNull(atlas, "atlas");
        problems = problems == null ? List.of() : problems.stream().sorted(Problem.ORDER).toList();
    }
}
