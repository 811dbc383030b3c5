package org.demandatlas.index.shards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.Postings;
import org.demandatlas.index.SearchEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StaticSearchExporterTest {
    private static final Pattern SHARD = Pattern.compile("window\\.AtlasSearch\\.load\\(\"([a-z]+(?:-\\d{4}|-[a-z]+)?)\","
            + "(.*)\\);\n", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static AtlasIndex index;
    private static Path site;
    private static StaticSearchExporter.Report report;

    @BeforeAll
    static void export(@TempDir Path dir) throws IOException {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        site = dir.resolve("site");
        report = new StaticSearchExporter().export(index, site);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Map<String, JsonNode> shards() throws IOException {
        Map<String, JsonNode> shards = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            for (Path file : files.sorted().toList()) {
                Matcher m = SHARD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                assertTrue(m.matches(), file + " is one AtlasSearch.load call");
                assertEquals(m.group(1) + ".js", file.getFileName().toString());
                shards.put(m.group(1), JSON.readTree(m.group(2)));
            }
        }
        return shards;
    }

    @Test
    void writesOnlyScriptShardsWhoseSizesAreReported() throws IOException {
        Map<String, JsonNode> shards = shards();
        assertEquals(List.of("dict-0000", "dict-0001", "docs-0000", "meta", "post-0000", "post-0001", "rec-0000",
                        "rec-0001", "rec-0002", "rec-0003", "rec-0004", "sort-name", "sort-population", "sort-state"),
                List.copyOf(shards.keySet()));
        long bytes = 0;
        for (String name : shards.keySet()) {
            bytes += Files.size(site.resolve("search").resolve(name + ".js"));
        }
        assertEquals(bytes, report.totalBytes());
    }

    @Test
    void twoExportsAreByteIdentical(@TempDir Path other) throws IOException {
        new StaticSearchExporter().export(new AtlasIndexer().build(TestAtlas.seeds().atlas()), other);
        for (String name : report.shardSizes().keySet()) {
            assertArrayEquals(Files.readAllBytes(site.resolve("search").resolve(name + ".js")),
                    Files.readAllBytes(other.resolve("search").resolve(name + ".js")), name);
        }
    }

    @Test
    void theManifestFindsEveryWordAndTermInItsShard() throws IOException {
        Map<String, JsonNode> shards = shards();
        JsonNode meta = shards.get("meta");
        for (String kind : List.of("dict", "post")) {
            List<String> firsts = new ArrayList<>();
            meta.get(kind).forEach(first -> firsts.add(first.asString()));
            for (int n = 0; n < firsts.size(); n++) {
                List<String> keys = new ArrayList<>(shards.get(ChunkedObject.shardName(kind, n)).propertyNames());
                assertEquals(firsts.get(n), keys.get(0));
                assertEquals(keys.stream().sorted().toList(), keys);
                if (n + 1 < firsts.size()) {
                    assertTrue(keys.get(keys.size() - 1).compareTo(firsts.get(n + 1)) < 0);
                }
            }
        }
        assertEquals(index.dictionary().size(), shards.get("dict-0000").size() + shards.get("dict-0001").size());
        assertEquals(List.of("revers", 5), List.of(shards.get("dict-0001").get("reverse").get(0).asString(),
                shards.get("dict-0001").get("reverse").get(1).asInt()));
        assertEquals("=", shards.get("dict-0001").get("sting").get(0).asString());
    }

    /** The index's own postings (whose weights AtlasIndexTest holds to Lucene's explanations), read back. */
    @Test
    void postingsCarryTheIndexWeightsExactly() throws IOException {
        Map<String, JsonNode> shards = shards();
        int checked = 0;
        for (String term : List.of("sting", "#reverse-stings", "cupid", "hartford", "demand", "connecticut")) {
            JsonNode groups = shards.get("post-0000").has(term) ? shards.get("post-0000").get(term)
                    : shards.get("post-0001").get(term);
            Map<Integer, Float> read = new TreeMap<>();
            for (int g = 0; g + 1 < groups.size(); g += 2) {
                int ord = 0;
                for (JsonNode gap : groups.get(g + 1)) {
                    ord += gap.asInt();
                    read.put(ord, groups.get(g).floatValue());
                    checked++;
                }
            }
            Postings expected = index.postings(term);
            Map<Integer, Float> written = new TreeMap<>();
            for (int i = 0; i < expected.size(); i++) {
                written.put(expected.docs()[i], expected.weights()[i]);
            }
            assertEquals(written, read, term);
            assertEquals(expected.size(), count(groups), term);
        }
        assertTrue(checked > 20, "checked " + checked);
    }

    private static int count(JsonNode groups) {
        int count = 0;
        for (int g = 1; g < groups.size(); g += 2) {
            count += groups.get(g).size();
        }
        return count;
    }

    @Test
    void postingsNameTheSurfaceFormsOfTheirTermUnlessItIsTheOnlyOne() throws IOException {
        Map<String, JsonNode> shards = shards();
        JsonNode sting = shards.get("post-0001").get("sting");
        assertEquals("sting stings", sting.get(sting.size() - 1).asString());
        JsonNode cupid = shards.get("post-0000").get("cupid");
        assertTrue(cupid.get(cupid.size() - 1).isArray(), cupid.toString());
    }

    @Test
    void entryCodesDecodeToTheEntryFacetsAndBoost() throws IOException {
        Map<String, JsonNode> shards = shards();
        JsonNode meta = shards.get("meta");
        String codes = shards.get("docs-0000").asString();
        int width = meta.get("codeWidth").asInt();
        int small = meta.get("small").get("from").asInt();
        assertEquals(6, small, "the small records have no code");
        assertEquals(small * width, codes.length());
        for (int ord = 0; ord < small; ord++) {
            SearchEntry entry = index.entry(ord);
            String code = codes.substring(ord * width, (ord + 1) * width);
            assertEquals((float) index.ranking().docBoost(entry.kind(), entry.curated()),
                    meta.get("boosts").get(DIGITS.indexOf(code.charAt(0))).floatValue());
            assertEquals(entry.kind(), value(meta, "kind", DIGITS.indexOf(code.charAt(1))));
            assertEquals(entry.state(), value(meta, "state", DIGITS.indexOf(code.charAt(2)) - 1));
            assertEquals(entry.type(), value(meta, "type", DIGITS.indexOf(code.charAt(3)) - 1));
            List<String> tactics = new ArrayList<>();
            for (int t = 0; t < meta.get("facets").get("tactic").get("values").size(); t++) {
                if ((DIGITS.indexOf(code.charAt(4 + t / 6)) >> (t % 6) & 1) == 1) {
                    tactics.add(value(meta, "tactic", t));
                }
            }
            assertEquals(entry.tactics().stream().sorted().toList(), tactics, entry.id());
        }
    }

    private static String value(JsonNode meta, String dim, int number) {
        return number < 0 ? "" : meta.get("facets").get(dim).get("values").get(number).asString();
    }

    @Test
    void metaHasGlobalFacetCountsRankingAndPhrases() throws IOException {
        JsonNode meta = shards().get("meta");
        assertEquals(6 + 15 + 4 + 16, meta.get("entries").asInt());
        assertEquals("[[6,5,1],[21,3,1],[25,1,0]]", meta.get("small").get("runs").toString(),
                "runs of tactics, partners, citations: first ordinal, kind value number, boost class");
        JsonNode tactic = meta.get("facets").get("tactic");
        assertEquals("web-stings", tactic.get("values").get(14).asString());
        assertEquals("Web Stings", tactic.get("labels").get(14).asString());
        assertEquals(3, tactic.get("counts").get(14).asInt());
        assertEquals(16, meta.get("ranking").get("maxWords").asInt());
        assertTrue(meta.get("phrases").toString().contains("[[\"john\",\"sting\"],[\"#reverse-stings\"]]"));
    }

    @Test
    void recordsShowWhatAResultNeeds() throws IOException {
        JsonNode hartford = shards().get("rec-0000").get(0);
        assertEquals("ct/hartford", hartford.get("id").asString());
        assertEquals("/ct/hartford/", hartford.get("url").asString());
        assertTrue(hartford.get("curated").asBoolean());
        JsonNode passages = hartford.get("passages");
        assertEquals("s", passages.get(0).get(0).asString());
        assertEquals("p-1", passages.get(0).get(1).asString());
        assertTrue(passages.toString().contains("\"The city first launched its first john school in 2000.\""),
                passages.toString());
        assertTrue(passages.toString().contains("[\"t\",\"tactic-john-school\",\"John School\",[\"john-school\"]]"),
                passages.toString());
        assertTrue(passages.toString().contains("[\"p\",\"partners\",\"AIDS Project Hartford\"]"),
                passages.toString());
    }

    @Test
    void smallRecordsCarryOnlyTheirNameLinkKindAndPassages() throws IOException {
        JsonNode meta = shards().get("meta");
        assertEquals(32, meta.get("blocks").get("small").asInt());
        JsonNode tactic = shards().get("rec-0003").get(0);
        assertTrue(tactic.toString().startsWith("{\"id\":\"tactic:auto-seizure\",\"kind\":\"tactic\","
                + "\"name\":\"Auto Seizure\",\"passages\":[[\"s\",\"main\","), tactic.toString());
        JsonNode citation = shards().get("rec-0004").get(41 - 6 - 32 - 1);
        assertEquals("/ct/waterbury/#source-16", citation.get("url").asString());
        assertEquals(List.of("id", "kind", "name", "passages", "url"), List.copyOf(citation.propertyNames()));
    }
}
