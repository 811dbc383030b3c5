package org.demandatlas.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The atlas's English analysis, in three strengths that share one chain (data-driven: the stop words are Lucene's
 * English set, the synonyms are generated from the taxonomy by the index's {@code TacticSynonyms}):
 * <ul>
 *   <li>{@link #surface()}: StandardTokenizer, LowerCase, ASCIIFolding — the words as a reader types them
 *       ({@code hartford's}, {@code stings}); the query vocabulary and the keys of the static dictionary;</li>
 *   <li>{@link #terms()}: the surface chain plus EnglishPossessive, English stop words and the Porter stemmer —
 *       the index terms ({@code hartford}, {@code sting});</li>
 *   <li>{@link #indexing(SynonymMap)}: the term chain plus the tactic synonym graph: a tactic named in any of its
 *       words ({@code john stings}) also yields its concept term ({@code #reverse-stings}), one token over the
 *       words it stands for, so the graph is flat and needs no FlattenGraphFilter.</li>
 * </ul>
 */
public final class AtlasAnalyzer extends Analyzer {
    private enum Strength { SURFACE, TERMS, INDEXING }

    private final Strength strength;
    private final SynonymMap synonyms;
    private final UnaryOperator<TokenStream> counter;

    private AtlasAnalyzer(Strength strength, SynonymMap synonyms, UnaryOperator<TokenStream> counter) {
        this.strength = strength;
        this.synonyms = synonyms;
        this.counter = counter;
    }

    public static AtlasAnalyzer surface() {
        return new AtlasAnalyzer(Strength.SURFACE, null, null);
    }

    public static AtlasAnalyzer terms() {
        return new AtlasAnalyzer(Strength.TERMS, null, null);
    }

    public static AtlasAnalyzer indexing(SynonymMap synonyms) {
        return new AtlasAnalyzer(Strength.INDEXING, synonyms, null);
    }

    /**
     * The indexing chain with {@code counter} wrapped around its surface forms (the indexer counts every surface
     * form it sees this way).
     */
    public static AtlasAnalyzer counting(SynonymMap synonyms, UnaryOperator<TokenStream> counter) {
        return new AtlasAnalyzer(Strength.INDEXING, synonyms, counter);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        if (counter != null) {
            stream = counter.apply(stream);
        }
        if (strength != Strength.SURFACE) {
            stream = new EnglishPossessiveFilter(stream);
            stream = new PorterStemFilter(new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }
        if (strength == Strength.INDEXING) {
            // a synonym's output is one token, so the graph is already flat: no FlattenGraphFilter needed
            stream = new SynonymGraphFilter(stream, synonyms, false);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The tokens this analyzer makes of a text, in order (stop words leave no token). */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }

    /** A token and where it stands in the text analysed: {@code [start, end)} in UTF-16 units. */
    public record Token(String term, int start, int end) {
    }

    /** The tokens of a text with their offsets, in order (as {@link #tokens}). */
    public List<Token> tokensWithOffsets(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }
}
