package org.demandatlas.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.text.AtlasAnalyzer;

/**
 * The synonym graph generated from the taxonomy: every name, synonym and id of a tactic, analysed into index terms
 * ({@code "John stings"} → {@code john sting}), maps to one concept term for the tactic ({@code #reverse-stings}),
 * keeping the original words. The same rules run in the index analyzer (SynonymGraphFilter + FlattenGraphFilter),
 * on the live query's terms, and — exported as a phrase table — on the static site's query terms.
 */
public final class TacticSynonyms {
    private static final String CONCEPT_PREFIX = "#";

    /** One rule: a sequence of index terms and the concept terms it names (one, unless two tactics share it). */
    public record Rule(List<String> terms, List<String> concepts) {
        public Rule {
            terms = List.copyOf(terms);
            concepts = List.copyOf(concepts);
        }
    }

    private final List<Rule> rules;
    private final SynonymMap map;

    private TacticSynonyms(List<Rule> rules, SynonymMap map) {
        this.rules = rules;
        this.map = map;
    }

    /** The concept term of a tactic id; no analyzer makes a token with a {@code #} and a hyphen. */
    public static String conceptOf(String tacticId) {
        return CONCEPT_PREFIX + tacticId;
    }

    public static TacticSynonyms of(List<TacticDefinition> tactics, AtlasAnalyzer termAnalyzer) {
        Map<String, SortedSet<String>> byInput = new TreeMap<>();
        for (TacticDefinition tactic : tactics) {
            for (String name : namesOf(tactic)) {
                List<String> terms = termAnalyzer.tokens(name);
                if (!terms.isEmpty()) {
                    byInput.computeIfAbsent(String.join(" ", terms), k -> new TreeSet<>())
                            .add(conceptOf(tactic.id()));
                }
            }
        }
        List<Rule> rules = new ArrayList<>();
        byInput.forEach((input, concepts) -> rules.add(new Rule(List.of(input.split(" ")), List.copyOf(concepts))));
        return new TacticSynonyms(List.copyOf(rules), buildMap(rules));
    }

    /** The name, id (hyphens as spaces) and synonyms of a tactic. */
    static Set<String> namesOf(TacticDefinition tactic) {
        Set<String> names = new LinkedHashSet<>();
        names.add(tactic.name());
        names.add(tactic.id().replace('-', ' '));
        names.addAll(tactic.synonyms());
        return names;
    }

    private static SynonymMap buildMap(List<Rule> rules) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        CharsRefBuilder scratch = new CharsRefBuilder();
        for (Rule rule : rules) {
            CharsRef input = SynonymMap.Builder.join(rule.terms().toArray(String[]::new), scratch);
            for (String concept : rule.concepts()) {
                builder.add(CharsRef.deepCopyOf(input), new CharsRef(concept), true);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the tactic synonym map", e);
        }
    }

    /** The synonym graph, for the index analyzer. */
    SynonymMap map() {
        return map;
    }

    /** The rules sorted by their input terms. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The concept terms that a run of index terms names, by running the synonym graph over it: greedy, longest
     * match first, left to right, a matched run not matched again.
     */
    public List<String> conceptsIn(List<String> terms) {
        List<String> concepts = new ArrayList<>();
        if (terms.isEmpty()) {
            return concepts;
        }
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(String.join(" ", terms)));
        try (TokenStream stream = new SynonymGraphFilter(tokenizer, map, false)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    concepts.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("synonym matching of an in-memory string failed", e);
        }
        return concepts;
    }
}
