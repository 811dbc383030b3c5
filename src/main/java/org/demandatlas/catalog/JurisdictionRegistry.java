package org.demandatlas.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * One jurisdiction per id, whichever files mention it: a curated profile wins over non-curated stubs (from
 * articles), the first stub wins over later ones, and a second curated profile of the same place is an error.
 */
final class JurisdictionRegistry {
    private record Definition(Jurisdiction jurisdiction, String file) {
    }

    private final Map<String, Definition> byId = new HashMap<>();

    /** Registers the jurisdiction a file describes; returns the problem when it clashes with an earlier one. */
    Optional<Problem> add(Jurisdiction jurisdiction, String file) {
        Definition earlier = byId.get(jurisdiction.id());
        if (earlier == null || (jurisdiction.curated() && !earlier.jurisdiction().curated())) {
            byId.put(jurisdiction.id(), new Definition(jurisdiction, file));
            return Optional.empty();
        }
        if (jurisdiction.curated()) {
            return Optional.of(Problem.error(ProblemKind.CROSS_REFERENCE, file, 1, 1,
                    "jurisdiction " + jurisdiction.id()
                    + " is already defined by " + earlier.file() + " (expected one profile per jurisdiction)"));
        }
        return Optional.empty();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Map<String, Jurisdiction> byId() {
        Map<String, Jurisdiction> result = new HashMap<>(byId.size() * 2);
        byId.forEach((id, definition) -> result.put(id, definition.jurisdiction()));
        return result;
    }
}
