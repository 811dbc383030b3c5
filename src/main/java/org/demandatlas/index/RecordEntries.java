package org.demandatlas.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * The small records of the index, after the jurisdictions and documents: every tactic of the taxonomy (name,
 * synonyms, definition; by id), every partner (name; by id) and every distinct citation (title, publisher; the
 * first profile that cites it, by jurisdiction id and citation number, gives its link {@code /ct/hartford/#source-3};
 * a citation with the same title, publisher and date elsewhere is the same record). They have no facets but their
 * kind, so that the tactic, state, type and evidence filters keep meaning places.
 */
final class RecordEntries {
    private RecordEntries() {
    }

    static List<SearchEntry> of(Atlas atlas, PassageUnits units) {
        List<SearchEntry> entries = new ArrayList<>();
        atlas.tactics().stream().map(TacticEntry::tactic).sorted(Comparator.comparing(TacticDefinition::id))
                .map(t -> tactic(t, units)).forEach(entries::add);
        atlas.partners().stream().sorted(Comparator.comparing(PartnerEntry::id)).map(RecordEntries::partner)
                .forEach(entries::add);
        Set<String> seen = new HashSet<>();
        for (Jurisdiction j : atlas.jurisdictions().stream().sorted(Comparator.comparing(Jurisdiction::id)).toList()) {
            int number = 0;
            for (SourceCategory category : j.sources()) {
                for (Citation c : category.citations()) {
                    number++;
                    if (seen.add(c.title() + "\n" + c.publisher() + "\n" + c.date())) {
                        entries.add(citation(j, number, c));
                    }
                }
            }
        }
        return entries;
    }

    private static SearchEntry tactic(TacticDefinition t, PassageUnits units) {
        return small("tactic:" + t.id(), SearchFields.KIND_TACTIC, t.name(), Routes.tactic(t.id()), t.synonyms(),
                List.of(), t.definition(), units.ofText(t.definition(), Anchors.MAIN));
    }

    private static SearchEntry partner(PartnerEntry p) {
        return small("partner:" + p.id(), SearchFields.KIND_PARTNER, p.name(), Routes.partner(p.id()), List.of(),
                List.of(), "", List.of());
    }

    private static SearchEntry citation(Jurisdiction j, int number, Citation c) {
        String anchor = Anchors.citation(number);
        String details = String.join(", ", Stream.of(c.publisher(), c.date()).filter(s -> s != null).toList());
        List<Passage> passages = details.isEmpty() ? List.of()
                : List.of(new Passage(Passage.CITATION, anchor, details, List.of()));
        return small("citation:" + j.id() + "#" + anchor, SearchFields.KIND_CITATION, c.title(),
                Routes.anchored(Routes.jurisdiction(j.id()), anchor), List.of(),
                c.publisher() == null ? List.of() : List.of(c.publisher()), "", passages);
    }

    private static SearchEntry small(String id, String kind, String name, String url, List<String> tacticText,
                                     List<String> citations, String body, List<Passage> passages) {
        return new SearchEntry(id, kind, false, name, url, "", "", "", List.of(), tacticText, List.of(), citations,
                body, List.of(), 0, passages);
    }
}
