package org.demandatlas.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names to find in sentences as whole words ({@code \bName\b}), looked up by the sentence's word runs instead of
 * trying every name: a name found at a word boundary starts with a run of ASCII letters and digits that is a whole
 * run of the sentence (its key), so only the names keyed by the sentence's runs can match, plus the few names that
 * start with another character. The cost per sentence does not grow with the number of names (a 10,000-profile
 * atlas has 10,000 jurisdiction names; trying each was 97 % of its build).
 */
final class NameIndex {
    private final List<String> names;
    private final List<Pattern> patterns;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final List<Integer> unkeyed = new ArrayList<>();

    /** {@code names} in the order they are to be tried. */
    NameIndex(List<String> names) {
        this.names = List.copyOf(names);
        this.patterns = this.names.stream().map(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b")).toList();
        for (int i = 0; i < this.names.size(); i++) {
            String key = key(this.names.get(i));
            if (key.isEmpty()) {
                unkeyed.add(i);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
    }

    String name(int i) {
        return names.get(i);
    }

    Pattern pattern(int i) {
        return patterns.get(i);
    }

    /** The indexes, in order, of the names that can match in {@code text}: every name that does is among them. */
    TreeSet<Integer> candidates(CharSequence text) {
        TreeSet<Integer> found = new TreeSet<>(unkeyed);
        for (int at = 0; at < text.length(); at = runEnd(text, at) + 1) {
            if (isRunChar(text.charAt(at))) {
                List<Integer> named = byKey.get(text.subSequence(at, runEnd(text, at)).toString());
                if (named != null) {
                    found.addAll(named);
                }
            }
        }
        return found;
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
}
