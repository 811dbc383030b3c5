package org.demandatlas.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;

/**
 * {@code /explore/data.js}: one row per jurisdiction, by id, in columns (so that 10,000 rows stay small): slug
 * (null when it is the name lower-cased with every run of other characters than a-z and 0-9 made one hyphen, as
 * the scripts derive it; the id is the state's slug, a slash and the slug), name,
 * state (index into {@code states}), type (index into {@code types}), population (null when not stated), curated
 * (0/1), citation count, and the evidence string: one character per tactic of {@code tactics} (taxonomy order),
 * {@code c} corroborated, {@code l} listed only, {@code u} described but not listed, {@code -} none.
 * The explore page filters, counts, maps and exports these rows; the compare page picks from them.
 */
public final class ExploreData {
    public static final String GLOBAL = "AtlasExplore";
    static final char NONE = '-';

    private ExploreData() {
    }

    record Tactic(String id, String name) {
    }

    record State(String code, String name) {
    }

    record Level(String id, String label, String mark) {
    }

    record Rows(List<String> slug, List<String> name, List<Integer> state, List<Integer> type,
                List<Long> population, List<Integer> curated, List<Integer> citations, List<String> evidence) {
    }

    record Data(List<Tactic> tactics, List<State> states, List<String> types, List<Level> levels, Rows rows) {
    }

    public static void write(Atlas atlas, OutputFolder site) throws IOException {
        site.write(Routes.file(Routes.EXPLORE_DATA), bytes(atlas));
    }

    /** The file's bytes, as written. */
    public static byte[] bytes(Atlas atlas) {
        return ScriptData.script(GLOBAL, "data", data(atlas));
    }

    /** The type index of a jurisdiction whose source states no type. */
    static final int NOT_STATED = -1;

    static Data data(Atlas atlas) {
        List<Tactic> tactics = atlas.tactics().stream().map(TacticEntry::tactic)
                .map(t -> new Tactic(t.id(), t.name())).toList();
        List<State> states = atlas.states().stream().map(StateEntry::state)
                .map(s -> new State(s.code(), s.name())).toList();
        List<String> types = Arrays.stream(JurisdictionType.values()).map(JurisdictionType::id).toList();
        List<Level> levels = Arrays.stream(EvidenceLevel.values())
                .map(l -> new Level(l.id(), l.label(), String.valueOf(mark(l)))).toList();
        return new Data(tactics, states, types, levels, rows(atlas, tactics, states));
    }

    private static Rows rows(Atlas atlas, List<Tactic> tactics, List<State> states) {
        List<String> codes = states.stream().map(State::code).toList();
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Jurisdiction j : atlas.jurisdictions().stream().sorted(Comparator.comparing(Jurisdiction::id)).toList()) {
            rows.slug().add(derivedSlug(j.name()).equals(j.slug()) ? null : j.slug());
            rows.name().add(j.name());
            rows.state().add(codes.indexOf(j.state().code()));
            rows.type().add(j.type() == null ? NOT_STATED : j.type().ordinal());
            rows.population().add(j.population());
            rows.curated().add(j.curated() ? 1 : 0);
            rows.citations().add(j.citationCount());
            rows.evidence().add(evidence(atlas.evidenceOf(j.id()), tactics));
        }
        return rows;
    }

    /** The slug the scripts derive from an ASCII name ({@code "Windsor Locks"} → {@code windsor-locks}), or "". */
    static String derivedSlug(String name) {
        if (!name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return "";
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** One character per tactic: its evidence level's mark, or {@value #NONE}. */
    static String evidence(List<TacticEvidence> evidence, List<Tactic> tactics) {
        Map<String, EvidenceLevel> levels = new java.util.HashMap<>();
        evidence.forEach(e -> levels.put(e.tacticId(), e.level()));
        StringBuilder marks = new StringBuilder(tactics.size());
        tactics.forEach(t -> marks.append(levels.containsKey(t.id()) ? mark(levels.get(t.id())) : NONE));
        return marks.toString();
    }

    static char mark(EvidenceLevel level) {
        return level.id().charAt(0);
    }
}
