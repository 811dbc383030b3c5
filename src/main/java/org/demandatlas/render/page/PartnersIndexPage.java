package org.demandatlas.render.page;

import java.util.List;

/** {@code /partners/index.html}: every partner with the number of jurisdictions naming it. */
public record PartnersIndexPage(List<CountedLink> partners) {
    public PartnersIndexPage {
        partners = List.copyOf(partners);
    }
}
