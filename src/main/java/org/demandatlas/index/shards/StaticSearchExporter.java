package org.demandatlas.index.shards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.Passage;
import org.demandatlas.index.SearchEntry;
import org.demandatlas.index.SearchGroup;
import org.demandatlas.index.SearchFields;
import org.demandatlas.index.SearchSort;
import org.demandatlas.index.SurfaceDictionary;
import org.demandatlas.model.Atlas;
import org.demandatlas.routes.OutputFolder;

/**
 * Writes the static search data into {@code OUT/search/} as script shards (see {@link ShardWriter}; the format is
 * documented in this package's {@code package-info.java}):
 * <ul>
 *   <li>{@code meta}: shard manifests, ranking settings, tactic phrase table, facet values with global counts;</li>
 *   <li>{@code dict-NNNN}: the vocabulary, surface form → index term (made by the real analyzer) and frequency;</li>
 *   <li>{@code post-NNNN}: per index term, the entries containing it with Lucene's weight for each
 *       ({@link TermPostings#toJson});</li>
 *   <li>{@code docs-NNNN}: per entry but the small records, in blocks of {@value #DOC_BLOCK}, its boost and
 *       facets as a short code ({@link FacetTable}); a small record's are its kind's, in {@code meta};</li>
 *   <li>{@code sort-name}, {@code sort-population}, {@code sort-state}: the ordinals in that order
 *       ({@link SearchSort}), loaded only to sort by it;</li>
 *   <li>{@code rec-NNNN}: per entry, in blocks of {@value #RECORD_BLOCK} (small records: {@value #SMALL_BLOCK}),
 *       what a result shows, its passages included.</li>
 * </ul>
 * A query loads {@code meta}, the dictionary and postings shards of its words only, then the blocks of its hits.
 * Output is sorted and has no clock or Lucene file bytes in it: two exports of one atlas are byte-identical.
 */
public final class StaticSearchExporter {
    public static final int FORMAT = 3;
    static final int DICT_SHARD_BYTES = 16 * 1024;
    static final int POSTINGS_SHARD_BYTES = 32 * 1024;
    static final int DOC_BLOCK = 1024;
    static final int RECORD_BLOCK = 2;
    /** Small records (tactics, partners, citations: a name, a link and a passage or two) per {@code rec} shard. */
    static final int SMALL_BLOCK = 32;

    /** What was written: shard name → bytes. */
    public record Report(Map<String, Long> shardSizes) {
        public Report {
            shardSizes = new TreeMap<>(shardSizes);
        }

        public long totalBytes() {
            return shardSizes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Builds the index of {@code atlas} and exports it under {@code out/search}. */
    public Report export(Atlas atlas, Path out) throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(atlas)) {
            return export(index, out);
        }
    }

    public Report export(AtlasIndex index, Path out) throws IOException {
        ShardWriter writer = new ShardWriter(new OutputFolder(out));
        List<String> dict = writeDictionary(index, writer);
        List<String> postings = writePostings(index, writer);
        FacetTable facets = FacetTable.of(index);
        writeEntries(index, writer, facets);
        for (SearchSort sort : SearchSort.values()) {
            if (sort != SearchSort.RELEVANCE) {
                writer.write("sort-" + sort.id(), sort.order(index.entries()));
            }
        }
        writer.write("meta", meta(index, dict, postings, facets));
        return new Report(writer.sizes());
    }

    /** The ordinal of the first small record (tactic, partner, citation); the number of entries if none. */
    static int smallFrom(AtlasIndex index) {
        List<SearchEntry> entries = index.entries();
        int from = entries.size();
        while (from > 0 && SearchFields.isSmall(entries.get(from - 1).kind())) {
            from--;
        }
        return from;
    }

    private static void writeEntries(AtlasIndex index, ShardWriter writer, FacetTable facets) throws IOException {
        int small = smallFrom(index);
        List<SearchEntry> entries = index.entries();
        List<String> codes = entries.subList(0, small).stream().map(e -> facets.code(e, index)).toList();
        for (int from = 0; from < codes.size(); from += DOC_BLOCK) {
            writer.write(ChunkedObject.shardName("docs", from / DOC_BLOCK),
                    String.join("", codes.subList(from, Math.min(codes.size(), from + DOC_BLOCK))));
        }
        int shard = 0;
        for (int from = 0; from < entries.size(); shard++) {
            int to = Math.min(from < small ? small : entries.size(), from + (from < small ? RECORD_BLOCK : SMALL_BLOCK));
            writer.write(ChunkedObject.shardName("rec", shard),
                    entries.subList(from, to).stream().map(StaticSearchExporter::record).toList());
            from = to;
        }
    }

    /** The runs of small records: {@code [first ordinal, kind value number, boost class]}, in ordinal order. */
    private static List<List<Integer>> smallRuns(AtlasIndex index, FacetTable facets) {
        List<List<Integer>> runs = new ArrayList<>();
        String kind = "";
        for (int ordinal = smallFrom(index); ordinal < index.entries().size(); ordinal++) {
            SearchEntry entry = index.entry(ordinal);
            if (!entry.kind().equals(kind)) {
                kind = entry.kind();
                runs.add(List.of(ordinal, facets.kindNumber(kind), facets.boostClass(entry, index)));
            }
        }
        return runs;
    }

    private static List<String> writeDictionary(AtlasIndex index, ShardWriter writer) throws IOException {
        ChunkedObject shards = new ChunkedObject(writer, "dict", DICT_SHARD_BYTES);
        for (SurfaceDictionary.Entry entry : index.dictionary().entries()) {
            String term = entry.term().equals(entry.surface()) ? "=" : entry.term();
            shards.add(entry.surface(), ShardWriter.json(List.of(term, entry.docFreq())));
        }
        return shards.finish();
    }

    private static List<String> writePostings(AtlasIndex index, ShardWriter writer) throws IOException {
        ChunkedObject shards = new ChunkedObject(writer, "post", POSTINGS_SHARD_BYTES);
        Map<String, List<String>> surfaces = new TreeMap<>();
        for (SurfaceDictionary.Entry entry : index.dictionary().entries()) {
            surfaces.computeIfAbsent(entry.term(), t -> new ArrayList<>()).add(entry.surface());
        }
        for (String term : index.terms()) {
            shards.add(term, TermPostings.toJson(index.postings(term), surfaces.getOrDefault(term, List.of())));
        }
        return shards.finish();
    }

    /** What a hit shows; a small record only its id, name, link, kind and passages. */
    private static Map<String, Object> record(SearchEntry entry) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", entry.id());
        record.put("name", entry.name());
        record.put("url", entry.url());
        record.put("kind", entry.kind());
        if (SearchFields.isSmall(entry.kind())) {
            record.put("passages", entry.passages().stream().map(StaticSearchExporter::passage).toList());
            return record;
        }
        record.put("curated", entry.curated());
        record.put("state", entry.state());
        record.put("type", entry.type());
        record.put("tactics", entry.tactics());
        record.put("passages", entry.passages().stream().map(StaticSearchExporter::passage).toList());
        return record;
    }

    /** A passage as {@code [kind letter, anchor, text]}, then its tactics if it has any. */
    private static List<Object> passage(Passage passage) {
        List<Object> json = new ArrayList<>(List.of(passage.kind().substring(0, 1), passage.anchor(),
                passage.text()));
        if (!passage.tactics().isEmpty()) {
            json.add(passage.tactics());
        }
        return json;
    }

    private static Map<String, Object> meta(AtlasIndex index, List<String> dict, List<String> postings,
                                            FacetTable facets) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("entries", index.entries().size());
        meta.put("blocks", Map.of("docs", DOC_BLOCK, "rec", RECORD_BLOCK, "small", SMALL_BLOCK));
        meta.put("small", Map.of("from", smallFrom(index), "runs", smallRuns(index, facets)));
        meta.put("codeWidth", facets.width());
        meta.put("boosts", facets.boosts());
        meta.put("dict", dict);
        meta.put("post", postings);
        meta.put("ranking", index.ranking());
        List<Object> phrases = new ArrayList<>();
        index.synonyms().rules().forEach(rule -> phrases.add(List.of(rule.terms(), rule.concepts())));
        meta.put("phrases", phrases);
        meta.put("facets", facets.toJson());
        meta.put("hitKinds", index.hitKindLabels());
        meta.put("groups", Arrays.stream(SearchGroup.values()).map(g -> List.of(g.id(), g.label(), g.kinds())).toList());
        return meta;
    }
}
