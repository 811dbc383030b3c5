package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankKeysTest {
    @Test
    void aHigherScoreComesFirstAndATieGoesToTheEarlierMatchWhateverTheSign() {
        assertTrue(RankKeys.byScore(2.5f, 7) > RankKeys.byScore(2.4f, 0));
        assertTrue(RankKeys.byScore(1f, 3) > RankKeys.byScore(1f, 4));
        assertTrue(RankKeys.byScore(0f, 9) > RankKeys.byScore(-0.5f, 1));
        assertTrue(RankKeys.byScore(-0.5f, 9) > RankKeys.byScore(-3f, 1));
        assertTrue(RankKeys.byPosition(0, 5) > RankKeys.byPosition(1, 2));
        assertEquals(12_345, RankKeys.match(RankKeys.byScore(-1.5f, 12_345)));
        assertEquals(0, RankKeys.match(RankKeys.byPosition(99, 0)));
    }

    @Test
    void theLargestKeysAreThoseOfAFullSortForEveryPageDepth() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(20) / 4f; // many ties
            }
            long[] keys = IntStream.range(0, n).mapToLong(i -> RankKeys.byScore(scores[i], i)).toArray();
            int k = random.nextInt(n + 5);
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            long[] padded = Arrays.copyOf(keys, n + 3); // only the first n count
            int[] actual = Arrays.stream(RankKeys.largest(padded, n, k)).mapToInt(RankKeys::match).toArray();
            assertArrayEquals(expected, actual, "n=" + n + " k=" + k);
        }
    }
}
