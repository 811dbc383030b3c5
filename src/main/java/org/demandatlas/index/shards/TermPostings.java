package org.demandatlas.index.shards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.demandatlas.index.Postings;

/**
 * The shard form of one term's {@link Postings}: one JSON array grouped by weight —
 * {@code [w1, [gaps…], w2, [gaps…], …]}: each distinct weight (largest group first, then by value) followed by its
 * entry ordinals as gaps from the previous one, and the term's surface forms when they are not just the term. Entries of like length and frequency share a weight, which makes
 * this about a third of a flat list's size. {@code search-engine.js} reads it back ({@code postings}).
 */
final class TermPostings {
    private TermPostings() {
    }

    /**
     * The postings, then, unless the term's only surface form is the term itself, its surface forms separated by
     * spaces (possibly none: {@code ""}), so that the static site can mark the words of a passage that match.
     */
    static String toJson(Postings postings, List<String> surfaces) {
        int[] docs = postings.docs();
        float[] weights = postings.weights();
        Map<Float, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < docs.length; i++) {
            groups.computeIfAbsent(weights[i], w -> new ArrayList<>()).add(docs[i]);
        }
        List<Map.Entry<Float, List<Integer>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<Float, List<Integer>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (Map.Entry<Float, List<Integer>> group : ordered) {
            StringJoiner gaps = new StringJoiner(",", "[", "]");
            int previous = 0;
            for (int doc : group.getValue()) {
                gaps.add(Integer.toString(doc - previous));
                previous = doc;
            }
            json.add(format(group.getKey())).add(gaps.toString());
        }
        if (!surfaces.equals(List.of(postings.term()))) {
            json.add(ShardWriter.json(String.join(" ", surfaces)));
        }
        return json.toString();
    }

    /** The shortest decimal that reads back as the same float (no trailing {@code .0}). */
    static String format(float value) {
        String text = Float.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
