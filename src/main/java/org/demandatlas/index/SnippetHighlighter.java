package org.demandatlas.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.Query;
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
        this.highlighter = UnifiedHighlighter.builder(index.searcher(), index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, FRAGMENT_ALIGNMENT))
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /** One snippet per hit of {@code page}, in order; an empty string for an entry without a body. */
    String[] snippets(Query query, TopDocs page) throws IOException {
        String[] snippets = highlighter.highlight(SearchFields.BODY, query, page, 1);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
        }
        return snippets;
    }
}
