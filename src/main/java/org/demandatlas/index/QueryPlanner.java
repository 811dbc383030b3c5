package org.demandatlas.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.demandatlas.index.QueryPlan.Alternative;
import org.demandatlas.index.QueryPlan.Clause;
import org.demandatlas.index.SurfaceDictionary.Entry;
import org.demandatlas.index.SurfaceDictionary.Match;
import org.demandatlas.text.AtlasAnalyzer;

/**
 * Turns a query text into a {@link QueryPlan}; forgiving by construction: any text makes a plan, no syntax is
 * parsed. The rules, mirrored by {@code search.js}:
 * <ol>
 *   <li>the text is cut into surface words (at most {@code maxWords}); a stop word is dropped;</li>
 *   <li>a word of the vocabulary stands for its term; an unknown last word of at least {@code prefix.minLength}
 *       characters stands for the words it begins (as you type); otherwise an unknown word of at least
 *       {@code fuzzy.minLength} characters stands for the words within one edit (two from
 *       {@code fuzzy.twoEditsMinLength}), boosted by {@code 1 - edits / shorter length}; any other word is
 *       dropped and ends a phrase;</li>
 *   <li>each run of words, each word taken as its first alternative, is matched against the tactic synonyms;
 *       every tactic named adds a clause for its concept term.</li>
 * </ol>
 */
public final class QueryPlanner {
    /** Only white space, as JavaScript's {@code \s} defines it (search.js tests the same). */
    private static final Pattern BLANK = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*");
    private final AtlasAnalyzer surfaceAnalyzer;
    private final SurfaceDictionary dictionary;
    private final TacticSynonyms synonyms;
    private final RankingConfig ranking;

    public QueryPlanner(SurfaceDictionary dictionary, TacticSynonyms synonyms, RankingConfig ranking) {
        this.surfaceAnalyzer = AtlasAnalyzer.surface();
        this.dictionary = dictionary;
        this.synonyms = synonyms;
        this.ranking = ranking;
    }

    public QueryPlan plan(String text) {
        if (BLANK.matcher(text).matches()) {
            return new QueryPlan(List.of(), true, Set.of());
        }
        List<String> words = surfaceAnalyzer.tokens(text);
        words = words.subList(0, Math.min(words.size(), ranking.maxWords()));
        Set<List<Alternative>> clauses = new LinkedHashSet<>();
        List<List<String>> runs = new ArrayList<>(List.of(new ArrayList<>()));
        Set<String> stopWords = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            Optional<Entry> known = dictionary.find(word);
            if (known.filter(Entry::isStopWord).isPresent()) {
                stopWords.add(word);
                continue;
            }
            List<Alternative> alternatives = known.map(e -> List.of(new Alternative(e.term(), 1f)))
                    .orElseGet(() -> unknownWord(word, last));
            if (alternatives.isEmpty()) {
                runs.add(new ArrayList<>());
                continue;
            }
            clauses.add(alternatives);
            runs.get(runs.size() - 1).add(alternatives.get(0).term());
        }
        for (List<String> run : runs) {
            for (String concept : synonyms.conceptsIn(run)) {
                clauses.add(List.of(new Alternative(concept, (float) ranking.synonymBoost())));
            }
        }
        return new QueryPlan(clauses.stream().map(Clause::new).toList(), false, stopWords);
    }

    private List<Alternative> unknownWord(String word, boolean last) {
        int length = word.codePointCount(0, word.length());
        if (last && length >= ranking.prefix().minLength()) {
            List<Match> completions = dictionary.completions(word, ranking.prefix().maxExpansions());
            if (!completions.isEmpty()) {
                return alternatives(completions, m -> (float) ranking.prefix().boost());
            }
        }
        RankingConfig.Fuzzy fuzzy = ranking.fuzzy();
        if (length < fuzzy.minLength()) {
            return List.of();
        }
        int maxEdits = length >= fuzzy.twoEditsMinLength() ? 2 : 1;
        List<Match> corrections = dictionary.corrections(word, maxEdits, fuzzy.prefixLength(), fuzzy.maxExpansions());
        return alternatives(corrections, m -> similarity(length, m));
    }

    /** Lucene's fuzzy boost: one minus the edits over the shorter word's length. */
    private static float similarity(int length, Match match) {
        String surface = match.entry().surface();
        int shorter = Math.min(length, surface.codePointCount(0, surface.length()));
        return 1f - (float) match.distance() / (float) shorter;
    }

    /** One alternative per distinct term, in match order, each with the best boost any of its words got. */
    private static List<Alternative> alternatives(List<Match> matches, ToFloatFunction<Match> boost) {
        Map<String, Float> best = new LinkedHashMap<>();
        for (Match match : matches) {
            best.merge(match.entry().term(), boost.applyAsFloat(match), Math::max);
        }
        List<Alternative> alternatives = new ArrayList<>();
        best.forEach((term, b) -> alternatives.add(new Alternative(term, b)));
        return alternatives;
    }

    @FunctionalInterface
    private interface ToFloatFunction<T> {
        float applyAsFloat(T value);
    }
}
