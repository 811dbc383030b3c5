package org.demandatlas.catalog;

import static org.demandatlas.fixtures.Fixtures.CT;
import static org.demandatlas.fixtures.Fixtures.MA;
import static org.demandatlas.fixtures.Fixtures.articleFile;
import static org.demandatlas.fixtures.Fixtures.citation;
import static org.demandatlas.fixtures.Fixtures.document;
import static org.demandatlas.fixtures.Fixtures.parsed;
import static org.demandatlas.fixtures.Fixtures.partner;
import static org.demandatlas.fixtures.Fixtures.pressReleaseFile;
import static org.demandatlas.fixtures.Fixtures.profile;
import static org.demandatlas.fixtures.Fixtures.profileFile;
import static org.demandatlas.fixtures.Fixtures.source;
import static org.demandatlas.fixtures.Fixtures.tactic;
import static org.demandatlas.fixtures.Fixtures.unknownTactic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.junit.jupiter.api.Test;

class AtlasBuilderTest {
    private final AtlasBuilder builder = new AtlasBuilder(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());

    @Test
    void aSecondProfileOfOnePlaceIsAnErrorOnTheLaterFile() {
        CatalogResult result = builder.build(List.of(
                profileFile("seeds/010_b.txt", profile("Hartford", CT, 2L, List.of(), List.of(), List.of())),
                profileFile("seeds/000_a.txt", profile("Hartford", CT, 1L, List.of(), List.of(), List.of()))));

        assertEquals(List.of("seeds/010_b.txt:1:1: error: jurisdiction ct/hartford is already defined by "
                + "seeds/000_a.txt (expected one profile per jurisdiction)"), formatted(result.problems()));
        Jurisdiction hartford = result.catalog().findJurisdiction("ct/hartford").orElseThrow();
        assertEquals(1L, hartford.population());
        assertEquals(List.of("ct-hartford-profile", "ct-hartford-profile-2"), hartford.documents());
    }

    @Test
    void aProfileWinsOverAnEarlierStubAndCollectsItsDocuments() {
        CatalogResult result = builder.build(List.of(
                articleFile("seeds/000_article.txt", "West Hartford", CT, null),
                profileFile("seeds/001_profile.txt", profile("West Hartford", CT)),
                articleFile("seeds/002_article.txt", "West Hartford", CT, null)));

        assertEquals(List.of(), result.problems());
        Jurisdiction westHartford = result.catalog().findJurisdiction("ct/west-hartford").orElseThrow();
        assertTrue(westHartford.curated());
        assertEquals(List.of("ct-west-hartford-article", "ct-west-hartford-article-2", "ct-west-hartford-profile"),
                westHartford.documents());
        assertEquals(1, result.catalog().jurisdictions().size());
    }

    @Test
    void aPlaceKnownOnlyFromArticlesStaysNonCurated() {
        Catalog atlas = builder.build(List.of(articleFile("seeds/001.txt", "West Hartford", CT, null))).catalog();

        Jurisdiction westHartford = atlas.findJurisdiction("ct/west-hartford").orElseThrow();
        assertFalse(westHartford.curated());
        assertEquals(List.of("ct-west-hartford-article"), westHartford.documents());
    }

    @Test
    void duplicateDocumentIdsGetSuffixesInFileOrderSkippingIdsInUse() {
        List<ParsedDocument> input = List.of(
                parsed(document("ct-article", DocumentKind.ARTICLE, "seeds/c.txt", null, null), null),
                parsed(document("ct-article-2", DocumentKind.ARTICLE, "seeds/b.txt", null, null), null),
                parsed(document("ct-article", DocumentKind.ARTICLE, "seeds/a.txt", null, null), null));

        List<Document> documents = builder.build(input).catalog().documents();

        assertEquals(List.of("ct-article:seeds/a.txt", "ct-article-2:seeds/b.txt", "ct-article-3:seeds/c.txt"),
                documents.stream().map(d -> d.id() + ":" + d.file()).toList());
    }

    @Test
    void tacticsListTheirJurisdictionsSortedAndIgnoreUnknownTactics() {
        Catalog atlas = builder.build(List.of(
                profileFile("seeds/1.txt", profile("Waterbury", CT, null, List.of(tactic("reverse-stings",
                        "Reverse Stings"), tactic("reverse-stings", "Reverse stings")), List.of(), List.of())),
                profileFile("seeds/2.txt", profile("Boston", MA, null, List.of(tactic("reverse-stings",
                        "Reverse Stings"), unknownTactic("Crystal balls")), List.of(), List.of()))))
                .catalog();

        assertEquals(ReferenceData.loadTaxonomy().tactics().size(), atlas.tactics().size());
        assertEquals("auto-seizure", atlas.tactics().get(0).tactic().id());
        TacticEntry reverseStings = atlas.tactics().stream()
                .filter(entry -> entry.tactic().id().equals("reverse-stings")).findFirst().orElseThrow();
        assertEquals(List.of("ct/waterbury", "ma/boston"), reverseStings.jurisdictions());
        assertTrue(atlas.tactics().stream().noneMatch(entry -> entry.tactic().id().equals("crystal-balls")));
    }

    @Test
    void partnersAreSharedBySlugAndNamedByTheMostCommonSpelling() {
        Catalog atlas = builder.build(List.of(
                profileFile("seeds/1.txt", profile("Hartford", CT, null, List.of(),
                        List.of(partner("AIDS Project Hartford"), partner("End Demand CT")), List.of())),
                profileFile("seeds/2.txt", profile("Bristol", CT, null, List.of(),
                        List.of(partner("Aids Project Hartford"), partner("End demand CT")), List.of())),
                profileFile("seeds/3.txt", profile("Avon", CT, null, List.of(),
                        List.of(partner("Aids Project Hartford")), List.of())))).catalog();

        assertEquals(List.of(
                new PartnerEntry("aids-project-hartford", "Aids Project Hartford",
                        List.of("ct/avon", "ct/bristol", "ct/hartford")),
                new PartnerEntry("end-demand-ct", "End Demand CT", List.of("ct/bristol", "ct/hartford"))),
                atlas.partners());
    }

    @Test
    void statesHaveTheirJurisdictionsAndStateLevelDocuments() {
        Catalog atlas = builder.build(List.of(
                profileFile("seeds/1.txt", profile("Hartford", CT)),
                profileFile("seeds/2.txt", profile("Boston", MA)),
                pressReleaseFile("seeds/3.txt", CT, "2017-01-11"))).catalog();

        assertEquals(List.of(
                new StateEntry(CT, List.of("ct/hartford"), List.of("ct-press-release")),
                new StateEntry(MA, List.of("ma/boston"), List.of())), atlas.states());
        assertEquals("ct", atlas.findDocument("ct-press-release").orElseThrow().jurisdiction());
    }

    @Test
    void aDocumentAboutAnUndescribedPlaceIsWarnedAboutAndUnlinked() {
        CatalogResult result = builder.build(List.of(
                parsed(document("ct-x-article", DocumentKind.ARTICLE, "seeds/1.txt", "ct/x", null), null),
                parsed(document("zz-press-release", DocumentKind.PRESS_RELEASE, "seeds/2.txt", "zz", null), null)));

        assertEquals(List.of(
                "seeds/1.txt:1:1: warning: document ct-x-article concerns ct/x, which no profile or article "
                        + "describes (expected a known place or state)",
                "seeds/2.txt:1:1: warning: document zz-press-release concerns zz, which no profile or article "
                        + "describes (expected a known place or state)"), formatted(result.problems()));
        assertNull(result.catalog().findDocument("ct-x-article").orElseThrow().jurisdiction());
        assertEquals(List.of(), result.catalog().states());
    }

    @Test
    void dataDateIsTheLatestDateInDocumentsAndCitations() {
        Jurisdiction cited = profile("Hartford", CT, null, List.of(), List.of(), List.of(
                source("Sex Buyer Arrests", List.of("buyer-arrests"), citation("A", "P", "2018-05"),
                        citation("B", "P", "2006-04-29"))));
        Catalog atlas = builder.build(List.of(profileFile("seeds/1.txt", cited),
                pressReleaseFile("seeds/2.txt", CT, "2017-01-11"))).catalog();

        assertEquals("2018-05", atlas.dataDate());
        assertNull(builder.build(List.of()).catalog().dataDate());
    }

    @Test
    void filesWithoutADocumentAreLeftOut() {
        ParsedDocument unreadable = new ParsedDocument("seeds/bad.txt", null, null, List.of(), List.of(
                Problem.error(ProblemKind.PARSE, "seeds/bad.txt", 1, 1, "cannot tell what this is")));

        Catalog atlas = builder.build(List.of(unreadable)).catalog();

        assertEquals(List.of(), atlas.documents());
    }

    /** A hang guard against quadratic cross-referencing, not a timing: the benchmark measures speed. */
    @Test
    void buildsAHundredThousandProfiles() {
        List<ParsedDocument> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(profileFile(String.format(java.util.Locale.ROOT, "seeds/%06d.txt", i),
                    profile("Town " + i, CT, null, List.of(tactic("reverse-stings", "Reverse Stings")),
                            List.of(partner("Police Department")), List.of())));
        }
        Catalog atlas = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
                () -> builder.build(many).catalog());

        assertEquals(100_000, atlas.jurisdictions().size());
        assertEquals(100_000, atlas.partners().get(0).jurisdictions().size());
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }
}
