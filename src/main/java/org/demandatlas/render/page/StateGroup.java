package org.demandatlas.render.page;

import java.util.List;

/** Jurisdictions of one state, as listed on tactic and partner pages. */
public record StateGroup(Link state, List<Link> jurisdictions) {
    public StateGroup {
        jurisdictions = List.copyOf(jurisdictions);
    }
}
