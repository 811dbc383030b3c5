package org.demandatlas.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The values of one facet dimension as ordinals: the distinct values in string order (so that counting by ordinal
 * lists them sorted, as the facet maps are), and for each value the set of entries that have it.
 */
final class FacetValues {
    static final int NONE = -1;
    private final List<String> values;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final FixedBitSet[] entries;
    private final FixedBitSet empty;

    /**
     * @param perEntry each entry's values of this dimension, in entry order
     * @param more     values that no entry need have (a dimension's possible values)
     */
    FacetValues(List<List<String>> perEntry, List<String> more) {
        TreeSet<String> all = new TreeSet<>(more);
        perEntry.forEach(all::addAll);
        this.values = List.copyOf(all);
        for (int i = 0; i < values.size(); i++) {
            ordinals.put(values.get(i), i);
        }
        this.empty = new FixedBitSet(Math.max(1, perEntry.size()));
        this.entries = new FixedBitSet[values.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new FixedBitSet(empty.length());
        }
        for (int e = 0; e < perEntry.size(); e++) {
            for (String value : perEntry.get(e)) {
                entries[ordinals.get(value)].set(e);
            }
        }
    }

    int size() {
        return values.size();
    }

    String value(int ordinal) {
        return values.get(ordinal);
    }

    /** The ordinal of a value, {@link #NONE} when no entry has it. */
    int ordinal(String value) {
        return ordinals.getOrDefault(value, NONE);
    }

    /** Which ordinals are among {@code wanted} (values without one are left out). */
    boolean[] ordinalsOf(List<String> wanted) {
        boolean[] among = new boolean[values.size()];
        for (String value : wanted) {
            int ordinal = ordinal(value);
            if (ordinal != NONE) {
                among[ordinal] = true;
            }
        }
        return among;
    }

    /** A new set of the entries that have any of the values. */
    FixedBitSet entriesWithAny(List<String> wanted) {
        FixedBitSet any = empty.clone();
        for (String value : wanted) {
            int ordinal = ordinal(value);
            if (ordinal != NONE) {
                any.or(entries[ordinal]);
            }
        }
        return any;
    }
}
