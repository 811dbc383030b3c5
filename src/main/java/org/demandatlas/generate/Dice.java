package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one synthetic profile. Each profile gets its own stream, derived from (seed, index) by a
 * 64-bit mixing function, so profiles can be generated in any order and on any number of threads. Only
 * {@link SplittableRandom#nextLong()} is used (the documented SplitMix64 algorithm); ranges and doubles are derived
 * here, so the bytes do not depend on how a JDK version implements the bounded draws.
 */
final class Dice {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private final SplittableRandom random;

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The stream of profile {@code index}. The seed is mixed (not merely offset) because {@link SplittableRandom}
     * streams whose seeds differ by a multiple of its gamma are shifted copies of each other.
     */
    static Dice forProfile(long seed, int index) {
        return new Dice(new SplittableRandom(mix64(mix64(seed) + index * GOLDEN_GAMMA)));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijective, well-avalanched 64-bit mix. */
    static long mix64(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An int in {@code [low, high]}, both inclusive (modulo bias below 2<sup>-40</sup> for the ranges used). */
    int between(int low, int high) {
        return low + (int) Math.floorMod(random.nextLong(), high - low + 1L);
    }

    /** A uniformly drawn double in {@code [0, 1)}. */
    double unit() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }

    /** {@code count} distinct elements in random order (a partial Fisher–Yates shuffle of a copy). */
    <T> List<T> sample(List<T> values, int count) {
        List<T> pool = new ArrayList<>(values);
        for (int i = 0; i < count; i++) {
            int j = between(i, pool.size() - 1);
            T swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, count));
    }
}
