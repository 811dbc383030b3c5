package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.generate.Vocabulary.NameVariant;
import org.demandatlas.model.StateRef;

/**
 * Unique jurisdiction names. Index {@code i} of a corpus is sent through a seeded permutation of the name space
 * (root × suffix × variant × state) and decoded as mixed-radix digits, so no two indices of one seed share a name,
 * whatever the corpus size, and a name needs no memory of earlier ones. Within a state the names of the space have
 * distinct slugs (checked by a test), so ids are unique too.
 */
final class NameGenerator {
    private final List<String> roots;
    private final List<String> suffixes;
    private final List<NameVariant> variants;
    private final List<StateRef> states;
    private final long capacity;

    NameGenerator(Vocabulary vocabulary, List<StateRef> states, int required) {
        this.roots = vocabulary.nameRoots();
        this.suffixes = vocabulary.nameSuffixes();
        this.variants = vocabulary.nameVariants();
        this.states = List.copyOf(states);
        this.capacity = (long) roots.size() * suffixes.size() * variants.size() * this.states.size();
        if (capacity < required) {
            throw new IllegalArgumentException("the vocabulary makes only " + capacity + " distinct names, "
                    + required + " are needed");
        }
    }

    /** The name of profile {@code index} (1-based) of the corpus generated with {@code seed}. */
    PlaceName name(long seed, int index) {
        long position = permute(seed, index - 1L);
        int root = (int) (position % roots.size());
        position /= roots.size();
        int suffix = shift(seed, root, position % suffixes.size(), suffixes.size());
        position /= suffixes.size();
        int base = root * suffixes.size() + suffix;
        int variant = shift(seed, base, position % variants.size(), variants.size());
        position /= variants.size();
        int state = shift(seed, (long) base * variants.size() + variant, position, states.size());
        NameVariant shape = variants.get(variant);
        String name = shape.pattern().replace("{name}", roots.get(root) + suffixes.get(suffix));
        return new PlaceName(name, states.get(state), shape.type());
    }

    /** Every name one state can hold (for checking that their slugs are distinct). */
    List<String> namesPerState() {
        List<String> names = new ArrayList<>();
        for (NameVariant variant : variants) {
            for (String root : roots) {
                suffixes.forEach(suffix -> names.add(variant.pattern().replace("{name}", root + suffix)));
            }
        }
        return names;
    }

    long capacity() {
        return capacity;
    }

    /** {@code (a·x + b) mod capacity} with {@code a} coprime to the capacity: a bijection of the name space. */
    private long permute(long seed, long x) {
        long a = Math.floorMod(Dice.mix64(seed ^ 0x5DEECE66DL), capacity);
        while (gcd(a, capacity) != 1) {
            a = (a + 1) % capacity;
        }
        long b = Math.floorMod(Dice.mix64(seed + 1), capacity);
        return Math.floorMod(Math.addExact(Math.multiplyExact(a, x), b), capacity);
    }

    /** Rotates one digit by an amount that depends only on the digits before it, which keeps the map bijective. */
    private static int shift(long seed, long before, long digit, int radix) {
        return (int) ((digit + Math.floorMod(Dice.mix64(seed * 31 + before), (long) radix)) % radix);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
