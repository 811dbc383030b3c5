package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.text.AtlasAnalyzer;

/**
 * Builds the {@link AtlasIndex} of an atlas: one Lucene document per {@link SearchEntry}, in entry order, with the
 * analysed text fields and the entry boost as a doc value (filters and facet counts are computed from the entries,
 * {@link SearchFilters}, as the static site computes them). The index lives in memory ({@link ByteBuffersDirectory}) unless a directory is given;
 * either way it is rebuilt from the atlas, in one pass and one segment.
 */
public final class AtlasIndexer {
    /** Scored text: frequencies and norms for BM25; no positions, as no query needs them (passages re-analyse). */
    private static final FieldType TEXT_TYPE = fieldType(IndexOptions.DOCS_AND_FREQS, false, false);
    private static final double RAM_BUFFER_MB = 256;
    /**
     * Lucene logs a warning on stderr when the JDK's incubating vector module is not enabled; this index has no
     * vectors, so the warning is noise on the command line. Held here so the logger's level is not forgotten.
     */
    private static final Logger VECTOR_WARNING = silence("org.apache.lucene.internal.vectorization");

    private final RankingConfig ranking;

    public AtlasIndexer(RankingConfig ranking) {
        this.ranking = ranking;
    }

    public AtlasIndexer() {
        this(RankingConfig.load());
    }

    /** Builds the index in memory (which cannot fail for reasons of I/O). */
    public AtlasIndex build(Atlas atlas) {
        try {
            return build(atlas, new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in memory", e);
        }
    }

    /** Builds the index in {@code dir} (created or overwritten), e.g. for {@code --index DIR}. */
    public AtlasIndex build(Atlas atlas, Path dir) throws IOException {
        return build(atlas, FSDirectory.open(dir));
    }

    private AtlasIndex build(Atlas atlas, Directory directory) throws IOException {
        List<TacticDefinition> taxonomy = atlas.tactics().stream().map(TacticEntry::tactic).toList();
        TacticSynonyms synonyms = TacticSynonyms.of(taxonomy, AtlasAnalyzer.terms());
        SurfaceCounter surfaces = new SurfaceCounter();
        List<SearchEntry> entries = SearchEntries.of(atlas, synonyms);
        write(directory, AtlasAnalyzer.counting(synonyms.map(), surfaces::recording), surfaces, entries);
        DirectoryReader reader = DirectoryReader.open(directory);
        SurfaceDictionary dictionary = new SurfaceDictionary(vocabulary(surfaces, taxonomy), AtlasAnalyzer.terms());
        return new AtlasIndex(directory, reader, AtlasAnalyzer.indexing(synonyms.map()), entries, dictionary,
                synonyms, ranking, FacetLabels.of(entries, taxonomy));
    }

    private void write(Directory directory, Analyzer analyzer, SurfaceCounter surfaces, List<SearchEntry> entries)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(AtlasSimilarity.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new LogDocMergePolicy()) // merges adjacent segments only: doc ids keep entry order
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchEntry entry : entries) {
                surfaces.startEntry();
                writer.addDocument(document(entry));
            }
            writer.forceMerge(1);
        }
    }

    private Document document(SearchEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, entry.kind(), Field.Store.YES));
        doc.add(new StringField(SearchFields.CURATED, Boolean.toString(entry.curated()), Field.Store.YES));
        doc.add(new StoredField(SearchFields.URL, entry.url()));
        doc.add(new DoubleDocValuesField(SearchFields.BOOST, ranking.docBoost(entry.kind(), entry.curated())));
        for (String field : SearchFields.TEXT) {
            for (String text : entry.text(field)) {
                doc.add(new Field(field, text, TEXT_TYPE));
            }
        }
        return doc;
    }

    private static Logger silence(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }


    /** Every surface form of the corpus with the number of entries it occurs in, and the taxonomy's words. */
    private static Map<String, Integer> vocabulary(SurfaceCounter counter, List<TacticDefinition> taxonomy) {
        Map<String, Integer> surfaces = new TreeMap<>(counter.frequencies());
        AtlasAnalyzer analyzer = AtlasAnalyzer.surface();
        for (TacticDefinition tactic : taxonomy) {
            for (String name : TacticSynonyms.namesOf(tactic)) {
                analyzer.tokens(name).forEach(word -> surfaces.putIfAbsent(word, 0));
            }
        }
        return surfaces;
    }

    private static FieldType fieldType(IndexOptions options, boolean omitNorms, boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.setStored(stored);
        type.freeze();
        return type;
    }
}
