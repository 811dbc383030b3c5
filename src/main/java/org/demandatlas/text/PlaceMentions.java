package org.demandatlas.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a sentence names, and where it says its event happened. Names come from data: the atlas's own
 * jurisdictions (anywhere in a sentence), the other place names of {@code places.json} (Connecticut's towns; only
 * with a cue such as "in", "from" before them or "police", "resident" after them, so that "Washington Post" is no
 * place), and names built like a town's near another ({@code East Windsor}, {@code New Britain}); longest first, so
 * that "East Hartford" is not read as Hartford, and never a name before a street word ("New Britain Avenue").
 * A sentence's event places are those it places something in ("arrested in Windsor Locks", "a hotel in East
 * Windsor") or whose police act ("Windsor Locks police found her", "Hartford and East Hartford police"); when it has none, every place it names ("an East
 * Hartford resident was sentenced"). Where a person is from ("a man from Enfield") is no event place when the
 * sentence says where the event was.
 */
public final class PlaceMentions {
    private record Data(String comment, List<String> places, List<String> cuesBefore, List<String> nounsAfter,
                        List<String> streetWords, List<String> locativeCues, List<String> actorNouns) {
    }

    private static final Data DATA = DataFiles.readJson(PlaceMentions.class, "places.json", Data.class);
    private static final Pattern DIRECTIONAL = Pattern.compile("\\b(?:East|West|North|South|New|Old|Port|Fort|Mount)"
            + "\\s+[A-Z][a-z]+");

    /** A place named at a position of the sentence, with the word before and after it. */
    private record Mention(String name, int start, String before, String after) {
    }

    private final NameIndex known;
    private final NameIndex others;

    public PlaceMentions(Collection<String> knownNames) {
        List<String> own = longestFirst(knownNames);
        Set<String> ownSet = Set.copyOf(own);
        this.known = new NameIndex(own);
        this.others = new NameIndex(longestFirst(DATA.places().stream().filter(n -> !ownSet.contains(n)).toList()));
    }

    private static List<String> longestFirst(Collection<String> names) {
        return names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** The places named, in the order written, each once. */
    public List<String> in(String sentence) {
        return names(mentions(sentence));
    }

    /**
     * The places the sentence says its event happened in: those after a locative cue or whose police act, else
     * every place it names.
     */
    public List<String> eventPlaces(String sentence) {
        List<Mention> mentions = mentions(sentence);
        List<Mention> located = new ArrayList<>();
        boolean nextIsActor = false;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            boolean actor = DATA.actorNouns().contains(m.after()) || nextIsActor && m.after().equals("and");
            if (actor || DATA.locativeCues().contains(m.before())) {
                located.add(0, m);
            }
            nextIsActor = actor;
        }
        return names(located.isEmpty() ? mentions : located);
    }

    /** Whether a sentence naming places is about somewhere other than {@code own}: no event place of it is own. */
    public boolean aboutElsewhere(String sentence, String own) {
        List<String> places = eventPlaces(sentence);
        return !places.isEmpty() && places.stream().noneMatch(n -> n.equalsIgnoreCase(own));
    }

    private List<Mention> mentions(String sentence) {
        StringBuilder rest = new StringBuilder(sentence);
        List<Mention> found = new ArrayList<>();
        find(sentence, rest, DIRECTIONAL, false, found);
        // candidates from the text before the names are masked: masking a whole-word name cuts no word run
        for (int i : known.candidates(rest)) {
            find(sentence, rest, known.pattern(i), false, found);
        }
        for (int i : others.candidates(rest)) {
            find(sentence, rest, others.pattern(i), true, found);
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void find(String sentence, StringBuilder rest, Pattern pattern, boolean needsCue,
                             List<Mention> found) {
        Matcher m = pattern.matcher(rest);
        while (m.find()) {
            Mention mention = new Mention(sentence.substring(m.start(), m.end()), m.start(),
                    wordBefore(sentence, m.start()), wordAfter(sentence, m.end()));
            boolean cued = DATA.cuesBefore().contains(mention.before()) || DATA.nounsAfter().contains(mention.after());
            if (!DATA.streetWords().contains(mention.after()) && (!needsCue || cued)) {
                found.add(mention);
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
    }

    private static String wordBefore(String sentence, int start) {
        Matcher m = Pattern.compile("([A-Za-z]+)\\W*$").matcher(sentence.substring(0, start));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String wordAfter(String sentence, int end) {
        Matcher m = Pattern.compile("^(?:['\u2019]s)?\\s*([A-Za-z]+)").matcher(sentence.substring(end));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static List<String> names(List<Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        mentions.forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }
}
