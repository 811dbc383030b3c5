package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /tactics/index.html}: every tactic of the taxonomy with its definition and number of users, and the charts
 * of tactics by number of jurisdictions and of evidence levels per tactic.
 */
public record TacticsIndexPage(List<CountedLink> tactics, ChartView byJurisdictions, ChartView evidence) {
    public TacticsIndexPage {
        tactics = List.copyOf(tactics);
    }
}
