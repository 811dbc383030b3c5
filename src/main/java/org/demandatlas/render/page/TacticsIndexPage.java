package org.demandatlas.render.page;

import java.util.List;

/** {@code /tactics/index.html}: every tactic of the taxonomy with its definition and number of users. */
public record TacticsIndexPage(List<CountedLink> tactics) {
    public TacticsIndexPage {
        tactics = List.copyOf(tactics);
    }
}
