package org.demandatlas.render;

import org.demandatlas.model.Citation;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/** A citation of a profile with its number there (1-based, in Key Sources order across categories). */
record CitationRef(Jurisdiction jurisdiction, int number, SourceCategory category, Citation citation) {
    String anchor() {
        return Anchors.citation(number);
    }

    /** Site path of the citation on its profile, {@code /ct/waterbury/#source-3}. */
    String sitePath() {
        return Routes.anchored(Routes.jurisdiction(jurisdiction.id()), anchor());
    }
}
