package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchServiceTest {
    private static final List<String> CURATED = List.of("ct/hartford", "ct/waterbury", "ct/windsor-locks");
    private static AtlasIndex index;
    private static SearchService service;

    @BeforeAll
    static void build() {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        service = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** The kinds these tests are about; the small records (tactics, partners, citations): RecordSearchTest. */
    static final String PLACES_AND_DOCUMENTS = "jurisdiction,article,press-release";
    /** The kind facet of the seeds: counted over the other filters, so always every kind. */
    static final Map<String, Integer> ALL_KINDS = Map.of("article", 1, "jurisdiction", 4, "press-release", 1,
            "tactic", 15, "partner", 4, "citation", 16);

    private static List<String> ids(String text) {
        return ids(service.search(SearchQuery.of(text).withKind(PLACES_AND_DOCUMENTS)));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void reverseStingsRanksTheThreeCuratedProfilesBeforeTheWestHartfordArticle() {
        List<String> ids = ids("reverse stings");
        assertEquals(4, ids.size(), ids.toString());
        assertEquals(List.copyOf(CURATED), ids.subList(0, 3).stream().sorted().toList());
        assertEquals("ct-west-hartford-article", ids.get(3));
    }

    @Test
    void operationCupidFindsWindsorLocksFirst() {
        assertEquals("ct/windsor-locks", ids("Operation Cupid").get(0));
    }

    @Test
    void aTypoIsCorrected() {
        assertEquals(List.of("ct/waterbury"), ids("waterbery"));
        assertEquals("ct/waterbury", ids("Waterbury police").get(0));
    }

    @Test
    void theLastWordIsCompletedAsYouType() {
        assertEquals(List.of("ct/waterbury"), ids("waterb"));
        assertEquals("ct/windsor-locks", ids("operation cup").get(0));
    }

    @Test
    void endDemandFindsHartfordAndThePressRelease() {
        assertEquals(List.of("ct-press-release", "ct/hartford"), ids("End Demand").subList(0, 2).stream().sorted()
                .toList());
    }

    @Test
    void johnStingsFindsReverseStingJurisdictions() {
        List<String> ids = ids("john stings");
        assertEquals(CURATED, ids.subList(0, 3).stream().sorted().toList());
        assertTrue(ids.contains("ct-west-hartford-article"));
    }

    @Test
    void shamingFindsIdentityDisclosureJurisdictions() {
        List<String> ids = ids("shaming");
        assertTrue(ids.containsAll(List.of("ct/waterbury", "ct/windsor-locks")), ids.toString());
        assertTrue(ids.contains("ct/hartford"), "Hartford 'publicize the identities' of buyers: " + ids);
        assertEquals(3, ids.size(), ids.toString());
    }

    @Test
    void soapOrdersAndItsLongNameFindTheSameProfiles() {
        List<String> soap = ids("SOAP orders");
        assertEquals(CURATED, soap.subList(0, 3).stream().sorted().toList());
        SearchResults longName = service.search(SearchQuery.of("Stay Out of Areas of Prostitution"));
        assertEquals(List.of("stai", "out", "area", "prostitut", "#soap-orders"), service.plan(longName.query())
                .terms());
        assertEquals(CURATED, ids(longName).stream().filter(CURATED::contains).sorted().toList());
    }

    @Test
    void tacticAndStateFiltersGiveExactlyTheCuratedProfilesWithWebStings() {
        SearchResults results = service.search(SearchQuery.of("").withTactic("web-stings").withState("ct"));
        assertEquals(CURATED, ids(results));
        assertEquals(3, results.total());
        assertEquals(Map.of("CT", 3), results.facets().get("state"));
        assertEquals(Map.of("jurisdiction", 3), results.facets().get("kind"));
        assertEquals(3, results.facets().get("tactic").get("web-stings"));
        assertEquals(1, results.facets().get("tactic").get("cameras"));
        assertEquals(2, results.facets().get("tactic").get("identity-disclosure"));
    }

    @Test
    void valuesOfOneFilterAreAlternativesAndItsFacetStillCountsTheOthers() {
        SearchResults kinds = service.search(SearchQuery.of("").withKind("article,press-release"));
        assertEquals(List.of("ct-press-release", "ct-west-hartford-article"), ids(kinds).stream().sorted().toList());
        assertEquals(ALL_KINDS, kinds.facets().get("kind"));
        // the West Hartford article states no type, so only the press release's state is counted
        assertEquals(Map.of("state", 1), kinds.facets().get("type"), "other dimensions: the matches");
        SearchResults both = service.search(SearchQuery.of("").withTactic("cameras,soap-orders").withType("city"));
        assertEquals(CURATED, ids(both).stream().sorted().toList());
        SearchResults none = service.search(SearchQuery.of("").withTactic("cameras").withKind("article"));
        assertEquals(0, none.total(), "AND across dimensions");
        assertEquals(Map.of("jurisdiction", 1), none.facets().get("kind"));
    }

    @Test
    void filterOnlyBrowsingSortsByNameStateOrPopulation() {
        SearchResults byName = service.search(SearchQuery.of("").withKind("jurisdiction").withSort(SearchSort.NAME));
        assertEquals(List.of("ct/hartford", "ct/waterbury", "ct/west-hartford", "ct/windsor-locks"), ids(byName));
        SearchResults byPopulation = service.search(SearchQuery.of("").withKind("jurisdiction")
                .withSort(SearchSort.POPULATION));
        assertEquals("ct/hartford", ids(byPopulation).get(0));
        assertEquals("ct/west-hartford", ids(byPopulation).get(3), "unknown population last");
        assertThrows(IllegalArgumentException.class, () -> SearchSort.parse("date"));
    }

    @Test
    void explainGivesLuceneExplanationOfTheScore() {
        SearchHit hit = service.search(SearchQuery.of("john school").withExplain(true)).hits().get(0);
        assertTrue(hit.explanation().startsWith(hit.score() + " = "), hit.explanation());
        assertEquals("", service.search(SearchQuery.of("john school")).hits().get(0).explanation());
    }

    @Test
    void facetCountsCoverEveryMatchNotOnlyThePage() {
        SearchResults results = service.search(SearchQuery.of("").withKind(PLACES_AND_DOCUMENTS).withPage(1, 2));
        assertEquals(2, results.hits().size());
        assertEquals(6, results.total());
        assertEquals(Map.of("CT", 6), results.facets().get("state"));
        assertEquals(Map.of("city", 3, "state", 1), results.facets().get("type"),
                "West Hartford's article states no type: it and its page have none");
        assertEquals(ALL_KINDS, results.facets().get("kind"));
        assertEquals(List.of("tactic", "state", "type", "evidence", "kind"), List.copyOf(results.facets().keySet()));
    }

    @Test
    void typeFilterAndPaging() {
        SearchResults state = service.search(SearchQuery.of("demand").withType("state"));
        assertEquals(List.of("ct-press-release"), ids(state));
        SearchResults second = service.search(SearchQuery.of("").withKind(PLACES_AND_DOCUMENTS).withPage(2, 4));
        assertEquals(List.of("ct-press-release", "ct-west-hartford-article"), ids(second));
        assertEquals(2, second.page());
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheRest() {
        SearchHit hit = service.search(SearchQuery.of("Operation Cupid")).hits().get(0);
        assertTrue(hit.snippet().contains("entitled \u201c<mark>Operation Cupid</mark>.\u201d"), hit.snippet());
        assertEquals("/ct/windsor-locks/#p-3", hit.passages().get(0).url());
        String release = service.search(SearchQuery.of("").withType("state")).hits().get(0).snippet();
        assertFalse(release.isEmpty(), "a hit without matched words shows its first sentence");
        String escaped = service.search(SearchQuery.of("TIP council")).hits().get(0).passages().stream()
                .map(HitPassage::html).reduce("", String::concat);
        assertFalse(escaped.replace("<mark>", "").replace("</mark>", "").contains("<"), escaped);
        assertFalse(release.replace("<mark>", "").replace("</mark>", "").contains("<"), release);
    }

    @Test
    void aSynonymMatchesAPassageThatNamesTheTacticOtherwise() {
        SearchHit article = service.search(SearchQuery.of("reverse stings").withKind(PLACES_AND_DOCUMENTS)).hits()
                .get(3);
        assertTrue(article.snippet().contains("John <mark>stings</mark>"), article.snippet());
        assertEquals("Unverified web article", article.kindLabel());
        assertEquals(List.of("mentioned in 1 sentence"), article.reasons());
        SearchHit shaming = service.search(SearchQuery.of("shaming")).hits().stream()
                .filter(h -> h.id().equals("ct/hartford")).findFirst().orElseThrow();
        assertTrue(shaming.snippet().contains("publicize the identities"), shaming.snippet());
    }

    @Test
    void aHitSaysWhyItMatchedAndLinksToThePassages() {
        SearchHit hartford = service.search(SearchQuery.of("john school")).hits().get(0);
        assertEquals("ct/hartford", hartford.id());
        assertEquals("Curated profile", hartford.kindLabel());
        assertEquals("The city first launched its first <mark>john school</mark> in 2000.", hartford.snippet());
        assertEquals("/ct/hartford/#p-4", hartford.passages().get(0).url());
        assertTrue(hartford.reasons().contains("lists John School"), hartford.reasons().toString());
        assertTrue(hartford.reasons().stream().anyMatch(r -> r.startsWith("described in ")), hartford.reasons()
                .toString());
        SearchHit partner = service.search(SearchQuery.of("AIDS Project").withKind("jurisdiction")).hits().get(0);
        assertTrue(partner.reasons().contains("partner AIDS Project Hartford"), partner.reasons().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(((", "*:*", "AND", "\"", "title:x OR", "\\", "~~~", "#", "-", "\u0000"})
    void junkFindsNothingAndNeverThrows(String junk) {
        SearchResults results = service.search(SearchQuery.of(junk));
        assertEquals(0, results.total());
        assertEquals(Map.of("tactic", Map.of(), "state", Map.of(), "type", Map.of(), "evidence", Map.of(),
                "kind", Map.of()),
                results.facets());
    }

    @Test
    void curatedProfilesOutrankOtherEntriesForTheSameMatch() {
        List<SearchHit> all = service.search(SearchQuery.of("").withKind(PLACES_AND_DOCUMENTS)).hits();
        assertEquals(List.of(1.5f, 1.5f, 1.5f, 1.0f, 0.8f, 0.5f), all.stream().map(SearchHit::score).toList());
        assertEquals(List.of("Curated profile", "Curated profile", "Curated profile", "Place without a curated profile",
                "Official press release", "Unverified web article"), all.stream().map(SearchHit::kindLabel).toList());
    }

    @Test
    void curatedProfilesThatListTheTacticComeBeforeDocumentsThatMentionIt() {
        for (String q : List.of("license suspension", "CT", "license suspension Connecticut")) {
            List<SearchHit> hits = service.search(SearchQuery.of(q)).hits();
            assertEquals(List.of(true, true, true), hits.subList(0, 3).stream().map(SearchHit::curated).toList(),
                    q + ": " + hits.stream().map(SearchHit::id).toList());
        }
        assertEquals("ct/west-hartford", ids(service.search(SearchQuery.of("West Hartford"))).get(0),
                "an exact name still comes first");
    }

    @Test
    void boundsAreEnforced() {
        assertEquals("q must be at most 200 characters, was 201", assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("x".repeat(201))).getMessage());
        assertEquals("page must be between 1 and 100, was 101", assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("x").withPage(101, 10)).getMessage());
        assertEquals("page size must be between 1 and 50, was 51", assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("x").withPage(1, 51)).getMessage());
        assertEquals("state must be two-letter state codes such as CT, was 'CONN'", assertThrows(
                IllegalArgumentException.class, () -> SearchQuery.of("x").withState("Conn")).getMessage());
        assertEquals("tactic must be tactic ids such as reverse-stings, was '../etc'", assertThrows(
                IllegalArgumentException.class, () -> SearchQuery.of("x").withTactic("../etc")).getMessage());
        assertEquals("type must be one of city, county, state, was 'town'", assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.of("x").withType("town")).getMessage());
    }

    @Test
    void tooManyWordsAreCutNotRejected() {
        String many = "hartford ".repeat(22).strip();
        assertEquals(List.of("ct/hartford"), ids(many).subList(0, 1));
    }
}
