package org.demandatlas.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a sentence names: the names it is given (the atlas's jurisdictions), and names built like a town's
 * near another ({@code East Windsor}, {@code West Hartford}, {@code New Britain}, {@code North Haven}), longest
 * first, so that "East Hartford" is not read as Hartford. A sentence that names places, none of them its document's
 * own, is about somewhere else.
 */
public final class PlaceMentions {
    private static final Pattern DIRECTIONAL = Pattern.compile("\\b(?:East|West|North|South|New|Old|Port|Fort|Mount)"
            + "\\s+[A-Z][a-z]+");
    private final List<String> known;

    public PlaceMentions(Collection<String> knownNames) {
        this.known = knownNames.stream().distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
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
        for (String name : known) {
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

    private static void add(List<int[]> spans, List<String> names, StringBuilder rest, int start, int end,
                            String name) {
        names.add(name);
        spans.add(new int[] {start, end, names.size() - 1});
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }
}
