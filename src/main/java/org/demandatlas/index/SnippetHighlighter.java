package org.demandatlas.index;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the body of hits with Lucene's UnifiedHighlighter: the best passage of about
 * {@value #PASSAGE_LENGTH} characters (the first one when no word matched), HTML-escaped, matched words in
 * {@code <mark>}. Offsets come from re-analysing the stored body with the index analyzer, synonyms included, so
 * that {@code shaming} marks "Identity Disclosure".
 */
final class SnippetHighlighter {
    private static final int PASSAGE_LENGTH = 200;
    private static final float FRAGMENT_ALIGNMENT = 0.5f;

    private final UnifiedHighlighter highlighter;

    SnippetHighlighter(AtlasIndex index) {
        var sentences = RememberedBreaks.memory();
        this.highlighter = UnifiedHighlighter.builder(index.searcher(), index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new RememberedBreaks(sentences), PASSAGE_LENGTH, FRAGMENT_ALIGNMENT))
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .build();
    }

    /**
     * One snippet per hit of {@code page}, in order; an empty string for an entry without a body. Only the plan's
     * terms in the body matter to the highlighter, so it gets them as plain term queries (the scoring query's
     * per-field and per-entry boosts would only make it slower).
     */
    String[] snippets(QueryPlan plan, TopDocs page) throws IOException {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String term : plan.terms()) {
            terms.add(new TermQuery(new Term(SearchFields.BODY, term)), BooleanClause.Occur.SHOULD);
        }
        String[] snippets = highlighter.highlight(SearchFields.BODY, terms.build(), page, 1);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
        }
        return snippets;
    }
}
