package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEntry;

/**
 * Builds the {@link AtlasIndex} of an atlas: one Lucene document per {@link SearchEntry}, in entry order, with the
 * analysed text fields, keyword filter fields, sorted-set facets on tactic, state, type and kind, and the entry
 * boost as a doc value. The index lives in memory ({@link ByteBuffersDirectory}) unless a directory is given;
 * either way it is rebuilt from the atlas, in one pass and one segment.
 */
public final class AtlasIndexer {
    private static final FieldType SURFACE_TYPE = surfaceType();
    private static final double RAM_BUFFER_MB = 256;

    private final RankingConfig ranking;

    public AtlasIndexer(RankingConfig ranking) {
        this.ranking = ranking;
    }

    public AtlasIndexer() {
        this(RankingConfig.load());
    }

    public AtlasIndex build(Atlas atlas) {
        return build(atlas, new ByteBuffersDirectory());
    }

    /** Builds the index in {@code dir} (created or overwritten), e.g. for {@code --index DIR}. */
    public AtlasIndex build(Atlas atlas, Path dir) {
        try {
            return build(atlas, FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index directory " + dir, e);
        }
    }

    private AtlasIndex build(Atlas atlas, Directory directory) {
        List<TacticDefinition> taxonomy = atlas.tactics().stream().map(TacticEntry::tactic).toList();
        TacticSynonyms synonyms = TacticSynonyms.of(taxonomy, AtlasAnalyzer.terms());
        Analyzer analyzer = new PerFieldAnalyzerWrapper(AtlasAnalyzer.indexing(synonyms.map()),
                Map.of(SearchFields.SURFACE, AtlasAnalyzer.surface()));
        List<SearchEntry> entries = SearchEntries.of(atlas);
        FacetsConfig facets = facetsConfig();
        try {
            write(directory, analyzer, facets, entries);
            DirectoryReader reader = DirectoryReader.open(directory);
            SurfaceDictionary dictionary = new SurfaceDictionary(surfaces(reader, taxonomy), AtlasAnalyzer.terms());
            return new AtlasIndex(directory, reader, new IndexSearcher(reader), analyzer, entries, dictionary,
                    synonyms, ranking, facets, new DefaultSortedSetDocValuesReaderState(reader, facets),
                    FacetLabels.of(entries, taxonomy));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    private void write(Directory directory, Analyzer analyzer, FacetsConfig facets, List<SearchEntry> entries)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new LogDocMergePolicy()) // merges adjacent segments only: doc ids keep entry order
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchEntry entry : entries) {
                writer.addDocument(facets.build(document(entry)));
            }
            writer.forceMerge(1);
        }
    }

    private Document document(SearchEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, entry.id(), Field.Store.YES));
        doc.add(new DoubleDocValuesField(SearchFields.BOOST, ranking.docBoost(entry.kind(), entry.curated())));
        for (String field : SearchFields.TEXT) {
            Field.Store store = field.equals(SearchFields.BODY) ? Field.Store.YES : Field.Store.NO;
            for (String text : entry.text(field)) {
                doc.add(new TextField(field, text, store));
                doc.add(new Field(SearchFields.SURFACE, text, SURFACE_TYPE));
            }
        }
        for (String dim : SearchFields.DIMS) {
            for (String value : entry.facet(dim)) {
                doc.add(new StringField(SearchFields.filterField(dim), value, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(dim, value));
            }
        }
        return doc;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SearchFields.DIM_TACTIC, true);
        return config;
    }

    /** Every surface form of the corpus with its document frequency, and the taxonomy's words. */
    private static Map<String, Integer> surfaces(DirectoryReader reader, List<TacticDefinition> taxonomy)
            throws IOException {
        Map<String, Integer> surfaces = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, SearchFields.SURFACE);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                surfaces.put(term.utf8ToString(), iterator.docFreq());
            }
        }
        AtlasAnalyzer analyzer = AtlasAnalyzer.surface();
        for (TacticDefinition tactic : taxonomy) {
            for (String name : TacticSynonyms.namesOf(tactic)) {
                analyzer.tokens(name).forEach(word -> surfaces.putIfAbsent(word, 0));
            }
        }
        return new TreeMap<>(surfaces);
    }

    private static FieldType surfaceType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
