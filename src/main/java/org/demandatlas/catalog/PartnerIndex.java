package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.PartnerEntry;

/**
 * Partners across jurisdictions: the same slug is the same partner; its name is the most common spelling (ties go
 * to the alphabetically first); entries sorted by id, their jurisdictions sorted.
 */
final class PartnerIndex {
    private static final Comparator<Map.Entry<String, Integer>> MOST_COMMON_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private PartnerIndex() {
    }

    private static final class Tally {
        private final List<String> jurisdictions = new ArrayList<>();
        private final Map<String, Integer> spellings = new HashMap<>();
    }

    /** @param jurisdictionsById sorted by id, so every list built from it is sorted too */
    static List<PartnerEntry> build(List<Jurisdiction> jurisdictionsById) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Jurisdiction jurisdiction : jurisdictionsById) {
            for (Partner partner : distinctById(jurisdiction.partners())) {
                Tally tally = tallies.computeIfAbsent(partner.id(), id -> new Tally());
                tally.jurisdictions.add(jurisdiction.id());
                tally.spellings.merge(partner.name(), 1, Integer::sum);
            }
        }
        List<PartnerEntry> entries = new ArrayList<>(tallies.size());
        tallies.forEach((id, tally) -> entries.add(new PartnerEntry(id, mostCommon(tally.spellings),
                tally.jurisdictions)));
        return entries;
    }

    private static List<Partner> distinctById(List<Partner> partners) {
        Map<String, Partner> byId = new LinkedHashMap<>();
        partners.forEach(partner -> byId.putIfAbsent(partner.id(), partner));
        return List.copyOf(byId.values());
    }

    private static String mostCommon(Map<String, Integer> spellings) {
        return spellings.entrySet().stream().min(MOST_COMMON_FIRST).orElseThrow().getKey();
    }
}
