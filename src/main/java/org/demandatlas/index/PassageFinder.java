package org.demandatlas.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.demandatlas.index.QueryPlan.Alternative;
import org.demandatlas.index.QueryPlan.Clause;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.AtlasAnalyzer;
import org.demandatlas.text.AtlasAnalyzer.Token;

/**
 * What a hit shows and why it matched, from its {@link Passage}s; {@code search-engine.js} ({@code explain})
 * computes the same from the same passages. A passage matches a clause of the plan when one of its words is one of
 * the clause's terms (the word's term is the dictionary's, made by the index's analyzer) or, for a tactic's concept
 * term, when the passage names or describes that tactic. Passages are ranked by the number of clauses they match,
 * then by their order; the best {@value #MAX_PASSAGES} are shown, or the first sentence when none matched.
 */
final class PassageFinder {
    static final int MAX_PASSAGES = 3;
    /** What may stand between two marked words of one mark, besides the query's stop words. */
    private static final Pattern JOINABLE = Pattern.compile("[ /-]*");

    /** The passages and the reasons of one hit. */
    record Explained(List<HitPassage> passages, List<String> reasons) {
    }

    /** A passage with its tokens and each token's index term ({@code ""} for a word the dictionary lacks). */
    private record Scored(int order, Passage passage, List<Token> tokens, List<String> terms, int clauses) {
    }

    private final SurfaceDictionary dictionary;
    private final AtlasAnalyzer surfaces = AtlasAnalyzer.surface();

    PassageFinder(SurfaceDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Explained explain(QueryPlan plan, SearchEntry entry) {
        Set<String> terms = new HashSet<>();
        plan.clauses().forEach(c -> c.alternatives().forEach(a -> terms.add(a.term())));
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < entry.passages().size(); i++) {
            Passage passage = entry.passages().get(i);
            List<Token> tokens = surfaces.tokensWithOffsets(passage.text());
            List<String> words = tokens.stream().map(this::termOf).toList();
            scored.add(new Scored(i, passage, tokens, words, matchedClauses(plan, passage, words, terms)));
        }
        List<Scored> shown = scored.stream().filter(s -> s.clauses() > 0)
                .sorted(Comparator.comparingInt((Scored s) -> -s.clauses()).thenComparingInt(Scored::order))
                .limit(MAX_PASSAGES).toList();
        if (shown.isEmpty()) {
            shown = scored.stream().filter(s -> s.passage().kind().equals(Passage.SENTENCE)).limit(1).toList();
        }
        List<HitPassage> passages = shown.stream().map(s -> new HitPassage(s.passage().kind(), s.passage().anchor(),
                Routes.anchored(entry.page(), s.passage().anchor()), html(s, terms, plan.stopWords()))).toList();
        return new Explained(passages, reasons(entry, scored, terms));
    }

    /** How many clauses the passage matches; {@code planTerms}: every term of the plan. */
    private int matchedClauses(QueryPlan plan, Passage passage, List<String> terms, Set<String> planTerms) {
        Set<String> words = new HashSet<>();
        for (String term : terms) {
            if (planTerms.contains(term)) {
                words.add(term);
            }
        }
        int matched = 0;
        for (Clause clause : plan.clauses()) {
            for (Alternative a : clause.alternatives()) {
                if (matches(a.term(), passage, words)) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static boolean matches(String term, Passage passage, Set<String> words) {
        return isConcept(term) ? passage.tactics().contains(term.substring(1)) : words.contains(term);
    }

    private static boolean isConcept(String term) {
        return term.startsWith(TacticSynonyms.conceptOf(""));
    }

    private String termOf(Token token) {
        return dictionary.find(token.term()).map(SurfaceDictionary.Entry::term).orElse("");
    }

    private List<String> reasons(SearchEntry entry, List<Scored> scored, Set<String> terms) {
        List<String> reasons = new ArrayList<>();
        if (surfaces.tokensWithOffsets(entry.name()).stream().anyMatch(t -> terms.contains(termOf(t)))) {
            reasons.add("name");
        }
        Set<String> tactics = new LinkedHashSet<>();
        Set<String> partners = new LinkedHashSet<>();
        int sentences = 0;
        int citations = 0;
        for (Scored s : scored) {
            if (s.clauses() == 0) {
                continue;
            }
            switch (s.passage().kind()) {
                case Passage.TACTIC -> tactics.add(s.passage().text());
                case Passage.PARTNER -> partners.add(s.passage().text());
                case Passage.CITATION -> citations++;
                default -> sentences++;
            }
        }
        if (!tactics.isEmpty()) {
            reasons.add("lists " + String.join(", ", tactics));
        }
        if (sentences > 0) {
            reasons.add((entry.curated() ? "described in " : "mentioned in ") + plural(sentences, "sentence"));
        }
        if (!partners.isEmpty()) {
            reasons.add("partner " + String.join(", ", partners));
        }
        if (citations > 0) {
            reasons.add(entry.kind().equals(SearchFields.KIND_CITATION) ? "publisher" : plural(citations, "citation"));
        }
        return reasons;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The passage as HTML, its matched words marked; a run of marked words is one mark when only spaces, hyphens,
     * slashes and the query's own stop words stand between them ("Stay Out of Areas", "Republican-American").
     */
    private String html(Scored s, Set<String> terms, Set<String> stopWords) {
        String text = s.passage().text();
        boolean whole = s.passage().kind().equals(Passage.TACTIC) && s.passage().tactics().stream()
                .anyMatch(id -> terms.contains(TacticSynonyms.conceptOf(id)));
        List<int[]> marks = new ArrayList<>();
        if (whole) {
            marks.add(new int[] {0, text.length()});
        } else {
            boolean bridge = false;
            int end = 0;
            StringBuilder gap = new StringBuilder();
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                gap.append(text, end, t.start());
                end = t.end();
                if (!terms.contains(s.terms().get(i))) {
                    bridge = bridge && stopWords.contains(t.term());
                    continue;
                }
                if (bridge && JOINABLE.matcher(gap).matches()) {
                    marks.get(marks.size() - 1)[1] = t.end();
                } else {
                    marks.add(new int[] {t.start(), t.end()});
                }
                bridge = true;
                gap.setLength(0);
            }
        }
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            html.append(escape(text.substring(at, m[0]))).append("<mark>").append(escape(text.substring(m[0], m[1])))
                    .append("</mark>");
            at = m[1];
        }
        return html.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
