package org.demandatlas.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of one search, counted by ordinal over the matches: a match counts in every dimension whose
 * {@link EntryFacets.Selection#relaxed} set holds it, with its values of that dimension under the search's filters
 * ({@link SearchFilters#valuesOf}: listed tactics, or with an evidence filter the tactics at those levels, each
 * once; the levels of its evidence pairs, of the filtered tactics if any, each once; its state, type and kind).
 */
final class FacetCounter {
    private static final int TACTIC = SearchFilters.DIMS.indexOf(SearchFields.DIM_TACTIC);
    private static final int STATE = SearchFilters.DIMS.indexOf(SearchFields.DIM_STATE);
    private static final int TYPE = SearchFilters.DIMS.indexOf(SearchFields.DIM_TYPE);
    private static final int EVIDENCE = SearchFilters.DIMS.indexOf(SearchFilters.EVIDENCE);
    private static final int KIND = SearchFilters.DIMS.indexOf(SearchFields.DIM_KIND);

    private final EntryFacets facets;
    private final FixedBitSet[] relaxed;
    /** Null when the filters have no tactic (no evidence level): every one counts. */
    private final boolean[] wantedTactics;
    private final boolean[] wantedLevels;
    private final int[][] counts = new int[SearchFilters.DIMS.size()][];
    /** The last entry (ordinal + 1) a tactic or level was counted for, so that each counts once per entry. */
    private final int[] tacticSeen;
    private final int[] levelSeen;

    FacetCounter(EntryFacets facets, EntryFacets.Selection selection, SearchFilters filters) {
        this.facets = facets;
        this.relaxed = selection.relaxed();
        List<String> tactics = filters.of(SearchFields.DIM_TACTIC);
        List<String> levels = filters.of(SearchFilters.EVIDENCE);
        this.wantedTactics = tactics.isEmpty() ? null : facets.tactics.ordinalsOf(tactics);
        this.wantedLevels = levels.isEmpty() ? null : facets.levels.ordinalsOf(levels);
        counts[TACTIC] = new int[facets.tactics.size()];
        counts[STATE] = new int[facets.states.size()];
        counts[TYPE] = new int[facets.types.size()];
        counts[EVIDENCE] = new int[facets.levels.size()];
        counts[KIND] = new int[facets.kinds.size()];
        tacticSeen = new int[facets.tactics.size()];
        levelSeen = new int[facets.levels.size()];
    }

    /** Counts one matching entry. */
    void add(int entry) {
        if (in(TACTIC, entry)) {
            countTactics(entry);
        }
        if (in(STATE, entry)) {
            countOne(STATE, facets.state[entry]);
        }
        if (in(TYPE, entry)) {
            countOne(TYPE, facets.type[entry]);
        }
        if (in(EVIDENCE, entry)) {
            countLevels(entry);
        }
        if (in(KIND, entry)) {
            countOne(KIND, facets.kind[entry]);
        }
    }

    private boolean in(int dim, int entry) {
        return relaxed[dim] == null || relaxed[dim].get(entry);
    }

    private void countOne(int dim, int ordinal) {
        if (ordinal != FacetValues.NONE) {
            counts[dim][ordinal]++;
        }
    }

    private void countTactics(int entry) {
        if (wantedLevels == null) {
            for (int tactic : facets.listedTactics[entry]) {
                counts[TACTIC][tactic]++;
            }
            return;
        }
        int[] tactics = facets.pairTactic[entry];
        int[] levels = facets.pairLevel[entry];
        for (int i = 0; i < tactics.length; i++) {
            if (wantedLevels[levels[i]] && tacticSeen[tactics[i]] != entry + 1) {
                tacticSeen[tactics[i]] = entry + 1;
                counts[TACTIC][tactics[i]]++;
            }
        }
    }

    private void countLevels(int entry) {
        if (wantedTactics == null && facets.levelBits != null) {
            for (int bits = facets.levelBits[entry]; bits != 0; bits &= bits - 1) {
                counts[EVIDENCE][Integer.numberOfTrailingZeros(bits)]++;
            }
            return;
        }
        int[] tactics = facets.pairTactic[entry];
        int[] levels = facets.pairLevel[entry];
        for (int i = 0; i < tactics.length; i++) {
            if ((wantedTactics == null || wantedTactics[tactics[i]]) && levelSeen[levels[i]] != entry + 1) {
                levelSeen[levels[i]] = entry + 1;
                counts[EVIDENCE][levels[i]]++;
            }
        }
    }

    /** Dimension (in {@link SearchFilters#DIMS} order) → value → count, values with a count only, sorted. */
    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
        FacetValues[] values = new FacetValues[counts.length];
        values[TACTIC] = facets.tactics;
        values[STATE] = facets.states;
        values[TYPE] = facets.types;
        values[EVIDENCE] = facets.levels;
        values[KIND] = facets.kinds;
        for (int d = 0; d < counts.length; d++) {
            Map<String, Integer> dim = new TreeMap<>();
            for (int ordinal = 0; ordinal < counts[d].length; ordinal++) {
                if (counts[d][ordinal] > 0) {
                    dim.put(values[d].value(ordinal), counts[d][ordinal]);
                }
            }
            all.put(SearchFilters.DIMS.get(d), dim);
        }
        return all;
    }
}
