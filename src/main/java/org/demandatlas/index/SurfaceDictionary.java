package org.demandatlas.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.demandatlas.text.AtlasAnalyzer;

/**
 * The query vocabulary: every surface form (a word as {@link AtlasAnalyzer#surface()} makes it) of the corpus and
 * of the taxonomy's names, sorted, with the index term the real analyzer makes of it ({@code ""} for a stop word)
 * and the number of entries it occurs in. Unknown query words are completed or corrected against it, the same way
 * on the live service and in the static site (which gets it exported, so that no stemmer is rewritten in JS).
 */
public final class SurfaceDictionary {
    /** The analysis of one surface form: its index term, empty for a stop word, and its document frequency. */
    public record Entry(String surface, String term, int docFreq) {
        public boolean isStopWord() {
            return term.isEmpty();
        }
    }

    /** A corpus word near an unknown one: the word, its entry and the edit distance (0 for a completion). */
    public record Match(Entry entry, int distance) {
    }

    private static final Comparator<Entry> BY_FREQUENCY = Comparator.comparingInt(Entry::docFreq).reversed()
            .thenComparing(Entry::surface);
    private static final Comparator<Match> BY_DISTANCE = Comparator.comparingInt(Match::distance)
            .thenComparing(Match::entry, BY_FREQUENCY);

    private final NavigableMap<String, Entry> entries;
    /** The same entries for exact look-ups, which every word of every passage a hit shows makes. */
    private final Map<String, Entry> bySurface;

    /** @param surfaces surface form → document frequency */
    public SurfaceDictionary(Map<String, Integer> surfaces, AtlasAnalyzer termAnalyzer) {
        NavigableMap<String, Entry> map = new TreeMap<>();
        surfaces.forEach((surface, docFreq) -> {
            List<String> terms = termAnalyzer.tokens(surface);
            // one surface form is one token, and the term chain maps a token to at most one term
            map.put(surface, new Entry(surface, terms.isEmpty() ? "" : terms.get(0), docFreq));
        });
        this.entries = map;
        this.bySurface = new HashMap<>(map);
    }

    /** All entries, sorted by surface form (Java string order, which is also JavaScript's). */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    public Optional<Entry> find(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /** Words that start with {@code prefix} (stop words excepted), most frequent first, then alphabetical. */
    public List<Match> completions(String prefix, int limit) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries.tailMap(prefix, true).values()) {
            if (!entry.surface().startsWith(prefix)) {
                break;
            }
            if (!entry.isStopWord()) {
                found.add(entry);
            }
        }
        return found.stream().sorted(BY_FREQUENCY).limit(limit).map(e -> new Match(e, 0)).toList();
    }

    /**
     * Words within {@code maxEdits} edits (Damerau–Levenshtein, transpositions counted as one, as in Lucene's
     * FuzzyQuery, whose automata this uses) that share the first {@code prefixLength} code points: nearest first,
     * then most frequent, then alphabetical.
     */
    public List<Match> corrections(String word, int maxEdits, int prefixLength, int limit) {
        if (word.codePointCount(0, word.length()) <= prefixLength) {
            return List.of();
        }
        String prefix = word.substring(0, word.offsetByCodePoints(0, prefixLength));
        LevenshteinAutomata automata = new LevenshteinAutomata(word, true);
        List<CharacterRunAutomaton> byDistance = new ArrayList<>();
        for (int edits = 1; edits <= maxEdits; edits++) {
            byDistance.add(new CharacterRunAutomaton(automata.toAutomaton(edits)));
        }
        List<Match> found = new ArrayList<>();
        for (Entry entry : entries.tailMap(prefix, true).values()) {
            if (!entry.surface().startsWith(prefix)) {
                break;
            }
            distance(entry.surface(), byDistance).filter(d -> !entry.isStopWord())
                    .ifPresent(d -> found.add(new Match(entry, d)));
        }
        return found.stream().sorted(BY_DISTANCE).limit(limit).toList();
    }

    private static Optional<Integer> distance(String candidate, List<CharacterRunAutomaton> byDistance) {
        for (int i = 0; i < byDistance.size(); i++) {
            if (byDistance.get(i).run(candidate)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
