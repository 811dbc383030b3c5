package org.demandatlas.model;

import java.util.List;

/** A partner organisation across jurisdictions: id (slug of its name), name, jurisdiction ids, sorted. */
public record PartnerEntry(String id, String name, List<String> jurisdictions) {
    public PartnerEntry {
        Slugs.requireSlug(id);
        Checks.requireText(name, "partner name");
        jurisdictions = Checks.copy(jurisdictions);
    }
}
