package org.demandatlas.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shape every small enum of the atlas shares: a stable lower-case id (what data files, JSON, URLs and CSS
 * classes carry) and words for people. {@link #find} and {@link #require} look a constant up by id.
 */
public interface Labelled {
    String id();

    String label();

    /** The constant of {@code type} with this id. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.id().equals(id)).findFirst();
    }

    /** The ids of {@code type}'s constants in declaration order, joined with ", ", for messages. */
    static <E extends Enum<E> & Labelled> String ids(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Labelled::id).toList());
    }

    /** The constant of {@code type} with this id; {@code unknown WHAT ID} otherwise. */
    static <E extends Enum<E> & Labelled> E require(Class<E> type, String id, String what) {
        return find(type, id).orElseThrow(() -> new IllegalArgumentException("unknown " + what + " " + id));
    }
}
