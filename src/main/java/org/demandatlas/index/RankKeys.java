package org.demandatlas.index;

import java.util.Arrays;
import org.apache.lucene.util.NumericUtils;

/**
 * The order of a result list as one {@code long} per match, larger first, so that a page is picked from the
 * accepted matches without sorting them all: the score (then the lower ordinal, which is the earlier match), or a
 * position in one of the orders of {@link SearchSort} (unique, so the match only identifies the entry). The low 32
 * bits hold the match's index.
 */
final class RankKeys {
    private RankKeys() {
    }

    static long byScore(float score, int match) {
        return ((long) NumericUtils.floatToSortableInt(score) << 32) | (Integer.MAX_VALUE - match);
    }

    static long byPosition(int position, int match) {
        return ((long) (Integer.MAX_VALUE - position) << 32) | (Integer.MAX_VALUE - match);
    }

    /** The index of the match a key stands for. */
    static int match(long key) {
        return Integer.MAX_VALUE - (int) key;
    }

    /** The {@code k} largest of the first {@code n} keys (all of them when fewer), largest first. */
    static long[] largest(long[] keys, int n, int k) {
        if (k >= n) {
            long[] all = Arrays.copyOf(keys, n);
            Arrays.sort(all);
            return reversed(all);
        }
        long[] heap = Arrays.copyOf(keys, k); // a min-heap of the k largest so far
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(heap, i);
        }
        for (int i = k; i < n; i++) {
            if (k > 0 && keys[i] > heap[0]) {
                heap[0] = keys[i];
                siftDown(heap, 0);
            }
        }
        Arrays.sort(heap);
        return reversed(heap);
    }

    private static void siftDown(long[] heap, int at) {
        int i = at;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < heap.length && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < heap.length && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            long swap = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = swap;
            i = smallest;
        }
    }

    private static long[] reversed(long[] ascending) {
        for (int i = 0, j = ascending.length - 1; i < j; i++, j--) {
            long swap = ascending[i];
            ascending[i] = ascending[j];
            ascending[j] = swap;
        }
        return ascending;
    }
}
