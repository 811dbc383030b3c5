package org.demandatlas.render.page;

import java.util.List;

/** {@code /tactics/ID/index.html}: definition, synonyms, users grouped by state, supporting citations. */
public record TacticPage(String id, String name, String definition, List<String> synonyms, int jurisdictionCount,
                         List<StateGroup> states, List<CitationView> citations) {
    public TacticPage {
        synonyms = List.copyOf(synonyms);
        states = List.copyOf(states);
        citations = List.copyOf(citations);
    }
}
