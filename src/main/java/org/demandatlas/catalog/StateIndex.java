package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;

/** A state entry for each state with any jurisdiction or state-level document, sorted by code. */
final class StateIndex {
    private StateIndex() {
    }

    private record Members(StateRef state, List<String> jurisdictions, List<String> documents) {
    }

    /**
     * @param jurisdictionsById sorted by id
     * @param documentsById     sorted by id; those whose jurisdiction is a state code are state-level
     */
    static List<StateEntry> build(States states, List<Jurisdiction> jurisdictionsById, List<Document> documentsById) {
        Map<String, Members> byCode = new TreeMap<>();
        for (Jurisdiction jurisdiction : jurisdictionsById) {
            members(byCode, jurisdiction.state()).jurisdictions().add(jurisdiction.id());
        }
        for (Document document : documentsById) {
            document.findJurisdiction().filter(StateIndex::isStateId).flatMap(states::findByCode)
                    .ifPresent(state -> members(byCode, state).documents().add(document.id()));
        }
        return byCode.values().stream()
                .map(members -> new StateEntry(members.state(), members.jurisdictions(), members.documents()))
                .toList();
    }

    /** A document's jurisdiction names a whole state when it has no place part ({@code ct}, not {@code ct/x}). */
    static boolean isStateId(String jurisdictionId) {
        return jurisdictionId.indexOf('/') < 0;
    }

    private static Members members(Map<String, Members> byCode, StateRef state) {
        return byCode.computeIfAbsent(state.code(), code -> new Members(state, new ArrayList<>(), new ArrayList<>()));
    }
}
