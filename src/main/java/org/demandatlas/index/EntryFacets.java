package org.demandatlas.index;

import java.util.List;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of every entry as ordinals, made once per index, so that a search filters and counts its
 * matches with bit sets and arrays instead of the entries' lists: listed tactics (repeats kept), state, type and
 * kind, and the {@code tactic/level} evidence pairs, with the set of entries of each value and of each pair.
 * {@link #filter} turns {@link SearchFilters} into the sets its rules select; {@link FacetCounter} counts with them.
 */
final class EntryFacets {
    final FacetValues tactics;
    final FacetValues states;
    final FacetValues types;
    final FacetValues kinds;
    final FacetValues levels;
    final int[][] listedTactics;
    final int[] state;
    final int[] type;
    final int[] kind;
    /** Each entry's evidence pairs: the tactic and the level ordinal of pair {@code i}. */
    final int[][] pairTactic;
    final int[][] pairLevel;
    /** Each entry's evidence levels as bits (bit = level ordinal), when there are at most 32 levels; else null. */
    final int[] levelBits;
    private final FixedBitSet[] pairs;
    private final int size;

    EntryFacets(List<SearchEntry> entries) {
        size = entries.size();
        List<List<String[]>> evidence = entries.stream().map(e -> e.evidence().stream()
                .map(p -> p.split("/", 2)).toList()).toList();
        List<List<String>> pairTactics = evidence.stream().map(ps -> ps.stream().map(p -> p[0]).toList()).toList();
        List<List<String>> listed = entries.stream().map(SearchEntry::tactics).toList();
        List<String> more = pairTactics.stream().flatMap(List::stream).toList();
        tactics = new FacetValues(listed, more);
        states = dimension(entries, SearchFields.DIM_STATE);
        types = dimension(entries, SearchFields.DIM_TYPE);
        kinds = dimension(entries, SearchFields.DIM_KIND);
        levels = new FacetValues(evidence.stream().map(ps -> ps.stream().map(p -> p[1]).toList()).toList(),
                List.of());
        listedTactics = listed.stream().map(ts -> ts.stream().mapToInt(tactics::ordinal).toArray())
                .toArray(int[][]::new);
        state = single(entries, SearchFields.DIM_STATE, states);
        type = single(entries, SearchFields.DIM_TYPE, types);
        kind = single(entries, SearchFields.DIM_KIND, kinds);
        pairTactic = evidence.stream().map(ps -> ps.stream().mapToInt(p -> tactics.ordinal(p[0])).toArray())
                .toArray(int[][]::new);
        pairLevel = evidence.stream().map(ps -> ps.stream().mapToInt(p -> levels.ordinal(p[1])).toArray())
                .toArray(int[][]::new);
        levelBits = levels.size() > Integer.SIZE ? null : new int[size];
        for (int e = 0; levelBits != null && e < size; e++) {
            for (int level : pairLevel[e]) {
                levelBits[e] |= 1 << level;
            }
        }
        pairs = new FixedBitSet[tactics.size() * levels.size()];
        for (int e = 0; e < size; e++) {
            for (int i = 0; i < pairTactic[e].length; i++) {
                int pair = pairTactic[e][i] * levels.size() + pairLevel[e][i];
                if (pairs[pair] == null) {
                    pairs[pair] = new FixedBitSet(Math.max(1, size));
                }
                pairs[pair].set(e);
            }
        }
    }

    private static FacetValues dimension(List<SearchEntry> entries, String dim) {
        return new FacetValues(entries.stream().map(e -> e.facet(dim)).toList(), List.of());
    }

    private static int[] single(List<SearchEntry> entries, String dim, FacetValues values) {
        return entries.stream().mapToInt(e -> e.facet(dim).isEmpty() ? FacetValues.NONE
                : values.ordinal(e.facet(dim).get(0))).toArray();
    }

    /**
     * The entries that pass the filters ({@code accepted}) and, for each dimension of {@link SearchFilters#DIMS},
     * those its facet counts are over (the filters without that dimension's); {@code null} stands for every entry.
     */
    record Selection(FixedBitSet accepted, FixedBitSet[] relaxed) {
    }

    Selection filter(SearchFilters filters) {
        List<String> dims = SearchFilters.DIMS;
        FixedBitSet[] bits = new FixedBitSet[dims.size()];
        for (int d = 0; d < dims.size(); d++) {
            bits[d] = bits(filters, dims.get(d));
        }
        FixedBitSet accepted = and(bits, -1);
        FixedBitSet[] relaxed = new FixedBitSet[dims.size()];
        for (int d = 0; d < dims.size(); d++) {
            String dim = dims.get(d);
            if (filters.of(dim).isEmpty()) {
                relaxed[d] = accepted;
                continue;
            }
            // without its tactic filter, the evidence filter passes any tactic's levels, and the other way round
            boolean crossed = dim.equals(SearchFields.DIM_TACTIC) || dim.equals(SearchFilters.EVIDENCE);
            SearchFilters without = filters.without(dim);
            FixedBitSet[] others = new FixedBitSet[dims.size()];
            for (int o = 0; o < dims.size(); o++) {
                others[o] = o == d ? null : crossed ? bits(without, dims.get(o)) : bits[o];
            }
            relaxed[d] = and(others, d);
        }
        return new Selection(accepted, relaxed);
    }

    /** The entries one dimension's filter passes ({@link SearchFilters#valuesOf}); null when it has no values. */
    private FixedBitSet bits(SearchFilters filters, String dim) {
        List<String> wanted = filters.of(dim);
        if (wanted.isEmpty()) {
            return null;
        }
        List<String> tacticIds = filters.of(SearchFields.DIM_TACTIC);
        List<String> levelIds = filters.of(SearchFilters.EVIDENCE);
        return switch (dim) {
            case SearchFields.DIM_TACTIC -> levelIds.isEmpty() ? tactics.entriesWithAny(wanted)
                    : withPairs(tacticIds, levelIds);
            case SearchFilters.EVIDENCE -> tacticIds.isEmpty() ? levels.entriesWithAny(wanted)
                    : withPairs(tacticIds, levelIds);
            case SearchFields.DIM_STATE -> states.entriesWithAny(wanted);
            case SearchFields.DIM_TYPE -> types.entriesWithAny(wanted);
            default -> kinds.entriesWithAny(wanted);
        };
    }

    /** The entries with an evidence pair of one of the tactics at one of the levels. */
    private FixedBitSet withPairs(List<String> tacticIds, List<String> levelIds) {
        FixedBitSet any = new FixedBitSet(Math.max(1, size));
        for (String tactic : tacticIds) {
            for (String level : levelIds) {
                int t = tactics.ordinal(tactic);
                int l = levels.ordinal(level);
                FixedBitSet pair = t == FacetValues.NONE || l == FacetValues.NONE ? null : pairs[t * levels.size() + l];
                if (pair != null) {
                    any.or(pair);
                }
            }
        }
        return any;
    }

    /** The intersection of the non-null sets except the one at {@code skip}; null when there is none. */
    private static FixedBitSet and(FixedBitSet[] sets, int skip) {
        FixedBitSet all = null;
        for (int i = 0; i < sets.length; i++) {
            if (i == skip || sets[i] == null) {
                continue;
            }
            if (all == null) {
                all = sets[i].clone();
            } else {
                all.and(sets[i]);
            }
        }
        return all;
    }
}
