package org.demandatlas.export;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;

/**
 * {@code /compare/ST.js}, one per state: what the compare page shows of each of the state's jurisdictions (by id):
 * tactics with their evidence (level, listed, number of supporting sentences and of citations), partners, the
 * citation count and the dated statements. The page loads only the states of the places it compares.
 */
public final class CompareData {
    public static final String GLOBAL = "AtlasCompare";

    private CompareData() {
    }

    record Tactic(String id, String level, boolean listed, int sentences, int citations) {
    }

    record Event(String date, String text) {
    }

    record Place(String id, String name, String type, Long population, boolean curated, int citations,
                 List<Tactic> tactics, List<String> partners, List<Event> timeline) {
    }

    record Shard(List<Place> jurisdictions) {
    }

    public static void write(Atlas atlas, OutputFolder site) throws IOException {
        Map<String, Jurisdiction> byId = atlas.jurisdictionsById();
        Timelines timelines = new Timelines(atlas);
        for (StateEntry state : atlas.states()) {
            List<Place> places = state.jurisdictions().stream().map(byId::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Jurisdiction::id)).map(j -> place(atlas, j, timelines)).toList();
            String code = state.state().code();
            ScriptData.write(site, Routes.file(Routes.compareShard(code)), GLOBAL, state.state().slug(),
                    new Shard(places));
        }
    }

    static Place place(Atlas atlas, Jurisdiction j, Timelines timelines) {
        List<Tactic> tactics = atlas.evidenceOf(j.id()).stream().map(CompareData::tactic).toList();
        String type = j.type() == null ? null : j.type().id();
        return new Place(j.id(), j.name(), type, j.population(), j.curated(), j.citationCount(), tactics,
                j.partners().stream().map(Partner::name).toList(),
                timelines.of(j).stream().map(CompareData::event).toList());
    }

    private static Tactic tactic(TacticEvidence e) {
        return new Tactic(e.tacticId(), e.level().id(), e.listed(), e.sentences().size(), e.citationCount());
    }

    /** The dated statements of each jurisdiction's documents, looked up by file once for all. */
    static final class Timelines {
        private final Map<String, Document> documents;
        private final Map<String, List<TimelineEvent>> byFile;

        Timelines(Atlas atlas) {
            this.documents = atlas.documentsById();
            this.byFile = atlas.timeline().stream().collect(Collectors.groupingBy(TimelineEvent::file));
        }

        List<TimelineEvent> of(Jurisdiction j) {
            return j.documents().stream().map(documents::get).filter(Objects::nonNull).map(Document::file)
                    .distinct().flatMap(f -> byFile.getOrDefault(f, List.of()).stream())
                    .sorted(TimelineEvent.ORDER).toList();
        }
    }

    private static Event event(TimelineEvent e) {
        return new Event(e.date(), e.sentence());
    }
}
