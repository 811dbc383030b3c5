package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tactics, partners and cited sources are records of the one ranking, grouped by kind; phrases are one mark. */
class RecordSearchTest {
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

    private static SearchHit first(String q, String kind) {
        return service.search(SearchQuery.of(q).withKind(kind)).hits().get(0);
    }

    @Test
    void johnSchoolOffersTheTacticPageInItsGroupAfterThePlaces() {
        SearchResults results = service.search(SearchQuery.of("john school").withPage(1, 50));
        assertEquals("ct/hartford", results.hits().get(0).id(), "places first");
        assertEquals(List.of("places", "tactics"), results.groups().stream().map(SearchResults.Group::id).toList()
                .subList(0, 2));
        SearchHit tactic = results.hits().stream().filter(h -> h.group().equals("tactics")).findFirst().orElseThrow();
        assertEquals(List.of("tactic:john-school", "/tactics/john-school/", "Tactic", "name"),
                List.of(tactic.id(), tactic.url(), tactic.kindLabel(), tactic.reasons().get(0)));
        assertEquals(results.hits().stream().filter(h -> h.group().equals("places")).count(),
                results.groups().get(0).count(), "a group counts its matches");
    }

    @Test
    void aPartnerNameFindsThePartnerPage() {
        SearchHit partner = first("Hartford Police Department", "partner");
        assertEquals("/partners/hartford-police-department/", partner.url());
        assertEquals("Partner", partner.kindLabel());
        assertEquals(List.of("ct/hartford", "partner:hartford-police-department"), service.search(
                SearchQuery.of("Hartford Police Department")).hits().subList(0, 2).stream().map(SearchHit::id).toList());
    }

    @Test
    void aPublisherFindsItsCitationsLinkingToTheirPlaceOnTheProfile() {
        SearchHit source = first("WFSB", "citation");
        assertEquals("citation:ct/waterbury#source-10", source.id());
        assertEquals("/ct/waterbury/#source-10", source.url());
        assertEquals("sources", source.group());
        assertEquals(List.of("publisher"), source.reasons());
        assertEquals("/ct/waterbury/#source-10", source.passages().get(0).url());
        assertTrue(source.snippet().startsWith("CBS/<mark>WFSB</mark>-TV 3"), source.snippet());
        long republican = service.search(SearchQuery.of("Republican-American").withKind("citation")).total();
        assertEquals(14, republican, "every Republican-American citation of Waterbury, once each");
    }

    @Test
    void smallRecordsHaveNoStateTypeTacticOrEvidence() {
        for (String filter : List.of("state", "type", "tactic", "evidence")) {
            String value = switch (filter) {
                case "state" -> "CT";
                case "type" -> "city";
                case "tactic" -> "john-school";
                default -> "listed";
            };
            SearchResults results = service.search(SearchQuery.of("john school").with(filter, value));
            assertTrue(results.hits().stream().noneMatch(h -> h.kind().equals("tactic")), filter);
        }
    }

    @Test
    void aPhraseOfTheQueryIsOneMarkAcrossItsStopWordsAndHyphens() {
        SearchHit waterbury = first("Republican-American", "jurisdiction");
        assertTrue(waterbury.snippet().contains("<mark>Republican-American</mark>"), waterbury.snippet());
        SearchHit hartfordHomicide = first("homicide of prostituted women", "jurisdiction");
        String html = hartfordHomicide.passages().stream().map(HitPassage::html).reduce("", String::concat);
        assertTrue(html.contains("<mark>homicide of prostituted women</mark>"), html);
        assertTrue(first("homicide prostituted women", "jurisdiction").snippet()
                .contains("<mark>homicide</mark> of <mark>prostituted women</mark>"), "of is not the query's");
        SearchHit hartford = first("john school", "jurisdiction");
        assertTrue(hartford.snippet().contains("<mark>john school</mark>"), hartford.snippet());
    }
}
