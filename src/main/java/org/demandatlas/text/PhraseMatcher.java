package org.demandatlas.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandatlas.model.TacticDefinition;

/**
 * Finds the tactics a sentence describes: each tactic's evidence phrases and the sentence go through the search's
 * term analysis ({@link AtlasAnalyzer#terms()}: lower case, folding, stop words, Porter stems), and a phrase matches
 * where its terms occur in a row ({@code publicize the identities} → {@code public ident}). A match lying inside a
 * longer match of another tactic does not count ({@code reverse sting} inside {@code online reverse sting}).
 */
public final class PhraseMatcher {
    private record Phrase(String tacticId, List<String> terms) {
    }

    private record Span(String tacticId, int start, int end) {
        boolean inside(Span other) {
            return other.start <= start && end <= other.end && (end - start) < (other.end - other.start);
        }
    }

    private final AtlasAnalyzer analyzer = AtlasAnalyzer.terms();
    private final List<Phrase> phrases = new ArrayList<>();

    public PhraseMatcher(List<TacticDefinition> tactics) {
        for (TacticDefinition tactic : tactics) {
            for (String evidence : tactic.evidence()) {
                List<String> terms = analyzer.tokens(evidence);
                if (!terms.isEmpty()) {
                    phrases.add(new Phrase(tactic.id(), terms));
                }
            }
        }
    }

    /** The ids of the tactics the sentence describes, in the order of the taxonomy's phrases. */
    public Set<String> tacticsIn(String sentence) {
        List<String> terms = analyzer.tokens(sentence);
        List<Span> spans = new ArrayList<>();
        for (Phrase phrase : phrases) {
            for (int start = 0; start + phrase.terms().size() <= terms.size(); start++) {
                if (terms.subList(start, start + phrase.terms().size()).equals(phrase.terms())) {
                    spans.add(new Span(phrase.tacticId(), start, start + phrase.terms().size()));
                }
            }
        }
        Set<String> tactics = new LinkedHashSet<>();
        spans.stream().filter(span -> spans.stream().noneMatch(other -> !other.tacticId().equals(span.tacticId())
                && span.inside(other))).forEach(span -> tactics.add(span.tacticId()));
        return tactics;
    }

    /** For tests and curators: every phrase's terms, by tactic. */
    Map<String, List<List<String>>> phraseTerms() {
        Map<String, List<List<String>>> byTactic = new LinkedHashMap<>();
        phrases.forEach(p -> byTactic.computeIfAbsent(p.tacticId(), id -> new ArrayList<>()).add(p.terms()));
        return byTactic;
    }
}
