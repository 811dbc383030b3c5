package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.Taxonomy;

/** One entry per taxonomy tactic, in taxonomy order, with the (sorted) jurisdictions that use it. */
final class TacticIndex {
    private TacticIndex() {
    }

    /** @param jurisdictionsById sorted by id, so every list built from it is sorted too */
    static List<TacticEntry> build(Taxonomy taxonomy, List<Jurisdiction> jurisdictionsById) {
        Map<String, List<String>> users = new HashMap<>();
        for (Jurisdiction jurisdiction : jurisdictionsById) {
            for (String tacticId : knownTacticIds(jurisdiction)) {
                users.computeIfAbsent(tacticId, id -> new ArrayList<>()).add(jurisdiction.id());
            }
        }
        return taxonomy.tactics().stream()
                .map(tactic -> new TacticEntry(tactic, users.getOrDefault(tactic.id(), List.of())))
                .toList();
    }

    private static Set<String> knownTacticIds(Jurisdiction jurisdiction) {
        Set<String> ids = new LinkedHashSet<>();
        for (TacticUse use : jurisdiction.tactics()) {
            if (use.known()) {
                ids.add(use.id());
            }
        }
        return ids;
    }
}
