package org.demandatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Class 2 of the trust audit on made-up sentences: the places a sentence names, and whose event it is. */
class PlaceMentionsTest {
    private final PlaceMentions places = new PlaceMentions(List.of("Springfield", "Hartford", "Windsor Locks"));

    @Test
    void namesKnownAndNeighbouringPlacesLongestFirst() {
        assertEquals(List.of("East Hartford"), places.in("An East Hartford resident was sentenced in 2022."));
        assertEquals(List.of("Windsor Locks", "East Windsor"),
                places.in("Windsor Locks police found her at a motel in East Windsor."));
        assertEquals(List.of("West Springfield", "Springfield"),
                places.in("Men from West Springfield were arrested in Springfield."));
        assertEquals(List.of(), places.in("In 2014 the police department held a sting."));
    }

    @Test
    void aSentenceAboutANeighbourIsNotTheProfilesEvent() {
        assertTrue(places.aboutElsewhere("In 2019 they took her to a hotel in East Windsor.", "Windsor Locks"));
        assertFalse(places.aboutElsewhere("In 2019 a hotel in Windsor Locks and one in East Windsor.",
                "Windsor Locks"), "it says it happened there too");
        assertFalse(places.aboutElsewhere("In 2019 police held a sting.", "Windsor Locks"), "names no place");
    }

    /** The indexed lookup finds what trying every name finds (the plain algorithm, here as the oracle). */
    @Test
    void findsWhatTryingEveryNameFinds() {
        List<String> vocabulary = List.of("Hartford", "East Hartford", "Windsor", "Windsor Locks", "St. Louis",
                "New York", "York", "Yorkton", "City", "Ann Arbor", "Arbor", "(Old) Town", "Town", "Port", "A1", "Mt.");
        PlaceMentions indexed = new PlaceMentions(vocabulary);
        List<String> words = new ArrayList<>(vocabulary);
        words.addAll(List.of("in", "police", "East", "New", "Yorkers", "YorkCity", ",", ".", "_", "-", "ñ"));
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                sentence.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            assertEquals(everyName(vocabulary, sentence.toString()), indexed.in(sentence.toString()),
                    sentence::toString);
        }
    }

    private static List<String> everyName(List<String> names, String sentence) {
        StringBuilder rest = new StringBuilder(sentence);
        List<int[]> spans = new ArrayList<>();
        Matcher directional = Pattern.compile("\\b(?:East|West|North|South|New|Old|Port|Fort|Mount)\\s+[A-Z][a-z]+")
                .matcher(sentence);
        while (directional.find()) {
            spans.add(mask(rest, directional.start(), directional.end()));
        }
        List<String> found = new ArrayList<>();
        found.addAll(spans.stream().map(s -> sentence.substring(s[0], s[1])).toList());
        for (String name : names.stream().distinct().sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(rest);
            while (m.find()) {
                spans.add(mask(rest, m.start(), m.end()));
                found.add(name);
            }
        }
        List<String> ordered = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        order.stream().map(found::get).filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    private static int[] mask(StringBuilder rest, int start, int end) {
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
        return new int[] {start, end};
    }
}
