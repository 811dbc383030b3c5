package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /tactics/ID/index.html}: definition, synonyms, users grouped by state, and the first of the supporting
 * citations ({@code citationTotal} is how many there are in all; {@code sourcesHref} lists them all);
 * {@code headline} counts the places that list it and those that only describe it ("2 list it; 1 more describes
 * it"), {@code map} its share of each state's curated profiles.
 */
public record TacticPage(String id, String name, String definition, List<String> synonyms, int jurisdictionCount,
                         List<StateGroup> states, List<CitationView> citations, int citationTotal,
                         String sourcesHref, List<EvidenceRow> evidence, List<EvidenceView.Mark> levelCounts,
                         List<EvidenceView.Mark> legend, String headline, MapView map,
                         ChartView years) {
    public TacticPage {
        synonyms = List.copyOf(synonyms);
        states = List.copyOf(states);
        citations = List.copyOf(citations);
        evidence = List.copyOf(evidence);
        levelCounts = List.copyOf(levelCounts);
        legend = List.copyOf(legend);
    }

    public List<EvidenceRow> corroborated() {
        return evidence.stream().filter(r -> r.level().equals("corroborated")).toList();
    }

    public boolean truncated() {
        return citations.size() < citationTotal;
    }
}
