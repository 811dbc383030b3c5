package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.shards.StaticSearchExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static site (search.js under node, over the exported shards) ranks exactly as the live SearchService, and
 * shows the same passages (anchors and marked HTML) and reasons for every hit of the top ten.
 */
class StaticLiveAgreementTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Map<String, String>> QUERIES = List.of(
            q("reverse stings"), q("Operation Cupid"), q("waterbery"), q("End Demand"), q("john stings"),
            q("shaming"), q("SOAP orders"), q("Stay Out of Areas of Prostitution"), q("waterb"), q("operation cup"),
            q("Hartford\u2019s police"), q("hartford's police"), q("community court"), q("identity disclosure"),
            q("prostitution"), q("sex buyers arrested"), q("john schol"), q("Wtaerbury"), q("Windsor Locks"),
            q("dear john letters"), q("online reverse sting"), q("CCTV cameras"), q("the"), q("((("), q("AND"),
            q("Cañon City"), q("x".repeat(200)), q(""), q("\u00a0"), q(" \u2003\t"), q("Hartford's"),
            q("53a-82 I-84 U.S."), q("CT"), q("connecticut press release"), q("reverse stings reverse stings"),
            Map.of("q", "", "tactic", "web-stings", "state", "CT"), Map.of("q", "demand", "type", "state"),
            Map.of("q", "sting", "tactic", "identity-disclosure"), Map.of("q", "police", "state", "NY"),
            Map.of("q", "arrest", "tactic", "no-such-tactic"), Map.of("q", "", "tactic", "web-stings,cameras"),
            Map.of("q", "police", "tactic", "john-school,web-stings", "evidence", "corroborated,unlisted"),
            Map.of("q", "", "evidence", "unlisted"), Map.of("q", "", "kind", "article,press-release"),
            Map.of("q", "stings", "state", "CT,NY", "type", "city,state", "sort", "name"),
            Map.of("q", "", "sort", "population"), Map.of("q", "", "sort", "state", "kind", "jurisdiction"),
            Map.of("q", "demand", "evidence", "listed", "sort", "name"));

    private static AtlasIndex index;
    private static SearchService service;

    private static Map<String, String> q(String text) {
        return Map.of("q", text);
    }

    @BeforeAll
    static void build() {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        service = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void staticAndLiveRankTheSameTopTenWithTheSameTotalsAndFacets(@TempDir Path site) throws Exception {
        NodeRunner.requireNode();
        new StaticSearchExporter().export(index, site);
        JsonNode results = JSON.readTree(NodeRunner.staticSearch(site, JSON.writeValueAsString(QUERIES)));
        assertEquals(QUERIES.size(), results.size());
        for (int i = 0; i < QUERIES.size(); i++) {
            assertAgree(QUERIES.get(i), results.get(i));
        }
    }

    @Test
    void theyAlsoAgreeOnAGeneratedCorpusWithTyposAndPrefixes(@TempDir Path site) throws Exception {
        NodeRunner.requireNode();
        try (AtlasIndex synthetic = new AtlasIndexer().build(SyntheticAtlas.generate(400, 3))) {
            new StaticSearchExporter().export(synthetic, site);
            List<Map<String, String>> queries = SearchBenchmark.queries(synthetic, new SplittableRandom(11))
                    .subList(0, 40).stream().map(StaticLiveAgreementTest::q).toList();
            JsonNode results = JSON.readTree(NodeRunner.staticSearch(site, JSON.writeValueAsString(queries)));
            for (int i = 0; i < queries.size(); i++) {
                assertAgree(new SearchService(synthetic), queries.get(i), results.get(i));
            }
        }
    }

    static void assertAgree(Map<String, String> query, JsonNode statik) {
        assertAgree(service, query, statik);
    }

    static void assertAgree(SearchService service, Map<String, String> query, JsonNode statik) {
        SearchResults live = service.search(new SearchQuery(query.get("q"), query.get("tactic"),
                query.get("state"), query.get("type"), 1, 10, query.get("evidence")).withKind(query.get("kind"))
                .withSort(SearchSort.parse(query.get("sort"))));
        String what = "query " + query;
        assertEquals(live.hits().stream().map(SearchHit::id).toList(), ids(statik), what);
        assertEquals(live.total(), statik.get("total").asLong(), what);
        assertEquals(live.facets(), JSON.convertValue(statik.get("facets"), Map.class), what);
        for (int r = 0; r < live.hits().size(); r++) {
            SearchHit hit = live.hits().get(r);
            JsonNode other = statik.get("hits").get(r);
            assertEquals(hit.score(), other.get("score").floatValue(), Math.ulp(hit.score()) * 2,
                    what + " rank " + (r + 1));
            assertEquals(hit.reasons(), JSON.convertValue(other.get("reasons"), List.class), what + " reasons");
            List<Map<String, String>> passages = hit.passages().stream()
                    .map(p -> Map.of("anchor", p.anchor(), "html", p.html())).toList();
            assertEquals(passages, JSON.convertValue(other.get("passages"), List.class), what + " passages");
        }
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }
}
