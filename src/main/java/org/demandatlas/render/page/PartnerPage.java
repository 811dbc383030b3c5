package org.demandatlas.render.page;

import java.util.List;

/** {@code /partners/ID/index.html}: the jurisdictions that name a partner, by state. */
public record PartnerPage(String name, int jurisdictionCount, List<StateGroup> states) {
    public PartnerPage {
        states = List.copyOf(states);
    }
}
