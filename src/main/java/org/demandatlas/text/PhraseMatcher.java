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
 * where its terms occur in a row ({@code publicize the identities} → {@code public ident}). A tactic's paraphrase
 * patterns ({@link TermPattern}) match its actor, action and object in any order within a few terms, so a profile
 * written in other words keeps its marks. A compound credits every tactic it names: "an online reverse sting" is
 * evidence of Web Stings and of Reverse Stings.
 */
public final class PhraseMatcher {
    private record Phrase(String tacticId, List<String> terms) {
    }

    private final AtlasAnalyzer analyzer = AtlasAnalyzer.terms();
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<TermPattern> patterns = new ArrayList<>();
    private final List<String> order = new ArrayList<>();

    public PhraseMatcher(List<TacticDefinition> tactics) {
        for (TacticDefinition tactic : tactics) {
            order.add(tactic.id());
            for (String evidence : tactic.evidence()) {
                List<String> terms = analyzer.tokens(evidence);
                if (!terms.isEmpty()) {
                    phrases.add(new Phrase(tactic.id(), terms));
                }
            }
            tactic.patterns().forEach(p -> patterns.add(TermPattern.parse(tactic.id(), p)));
        }
    }

    /** The ids of the tactics the text describes, in the taxonomy's order. */
    public Set<String> tacticsIn(String text) {
        List<String> terms = analyzer.tokens(text);
        Set<String> tactics = new LinkedHashSet<>();
        for (Phrase phrase : phrases) {
            for (int start = 0; start + phrase.terms().size() <= terms.size(); start++) {
                if (terms.subList(start, start + phrase.terms().size()).equals(phrase.terms())) {
                    tactics.add(phrase.tacticId());
                    break;
                }
            }
        }
        for (TermPattern pattern : patterns) {
            if (!pattern.matches(terms).isEmpty()) {
                tactics.add(pattern.tacticId());
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        order.stream().filter(tactics::contains).forEach(ordered::add);
        return ordered;
    }

    /** For tests and curators: every phrase's terms, by tactic. */
    Map<String, List<List<String>>> phraseTerms() {
        Map<String, List<List<String>>> byTactic = new LinkedHashMap<>();
        phrases.forEach(p -> byTactic.computeIfAbsent(p.tacticId(), id -> new ArrayList<>()).add(p.terms()));
        return byTactic;
    }
}
