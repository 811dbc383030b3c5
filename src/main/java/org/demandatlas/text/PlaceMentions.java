package org.demandatlas.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a sentence names: the names it is given (the atlas's jurisdictions), and names built like a town's
 * near another ({@code East Windsor}, {@code West Hartford}, {@code New Britain}, {@code North Haven}), longest
 * first, so that "East Hartford" is not read as Hartford. A sentence that names places, none of them its document's
 * own, is about somewhere else.
 *
 * <p>Only the names that can match are tried: a name found at a word boundary starts with a run of ASCII letters
 * and digits that is a whole run of the sentence (its {@linkplain #key key}), so names are looked up by the runs
 * the sentence has after the directional names are masked (they may end inside a run), in the same longest-first
 * order. Masking a known name cuts no run (it starts and ends at a word boundary or on a character that is not in
 * a run), so no later name can gain a run. The result is that of trying every name, at a cost that does not grow
 * with their number ({@code PlaceMentionsTest} compares the two).
 */
public final class PlaceMentions {
    private static final Pattern DIRECTIONAL = Pattern.compile("\\b(?:East|West|North|South|New|Old|Port|Fort|Mount)"
            + "\\s+[A-Z][a-z]+");
    private final List<String> known;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final List<Integer> unkeyed = new ArrayList<>();

    public PlaceMentions(Collection<String> knownNames) {
        this.known = knownNames.stream().distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        for (int i = 0; i < known.size(); i++) {
            String key = key(known.get(i));
            if (key.isEmpty()) {
                unkeyed.add(i);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The places named, in the order written, each once. */
    public List<String> in(String sentence) {
        StringBuilder rest = new StringBuilder(sentence);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher directional = DIRECTIONAL.matcher(sentence);
        while (directional.find()) {
            add(spans, names, rest, directional.start(), directional.end(), directional.group());
        }
        TreeSet<Integer> pending = new TreeSet<>(unkeyed);
        for (int at = 0; at < rest.length(); at = runEnd(rest, at) + 1) {
            candidates(rest, at, pending);
        }
        for (int index : pending) {
            String name = known.get(index);
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(rest);
            while (m.find()) {
                add(spans, names, rest, m.start(), m.end(), name);
            }
        }
        List<String> ordered = new ArrayList<>();
        spans.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).forEach(s -> {
            String name = names.get(s[2]);
            if (!ordered.contains(name)) {
                ordered.add(name);
            }
        });
        return ordered;
    }

    /** Whether a sentence naming places is about somewhere other than {@code own} (it names none as own). */
    public boolean aboutElsewhere(String sentence, String own) {
        List<String> named = in(sentence);
        return !named.isEmpty() && named.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT)
                .equals(own.toLowerCase(Locale.ROOT)));
    }

    /** Adds the names keyed by the run that starts at {@code at}, if any. */
    private void candidates(CharSequence text, int at, TreeSet<Integer> pending) {
        if (at < 0 || at >= text.length() || !isRunChar(text.charAt(at))) {
            return;
        }
        List<Integer> named = byKey.get(text.subSequence(at, runEnd(text, at)).toString());
        if (named != null) {
            pending.addAll(named);
        }
    }

    /** A name's leading run of ASCII letters and digits; empty when it starts with another character. */
    private static String key(String name) {
        return name.isEmpty() || !isRunChar(name.charAt(0)) ? "" : name.substring(0, runEnd(name, 0));
    }

    private static int runEnd(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && isRunChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isRunChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static void add(List<int[]> spans, List<String> names, StringBuilder rest, int start, int end,
                            String name) {
        names.add(name);
        spans.add(new int[] {start, end, names.size() - 1});
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }
}
