package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.EvidenceSentence;
import org.demandatlas.model.TacticEvidence;
import org.junit.jupiter.api.Test;

/** Evidence on the real seeds, checked against a reading of their narratives. */
class EvidenceFinderTest {
    private static final EvidenceFinder FINDER = new EvidenceFinder(ReferenceData.loadTaxonomy().tactics());
    private static final Map<String, List<TacticEvidence>> EVIDENCE = FINDER.evidenceOf(TestAtlas.seeds().atlas()
            .catalog());

    private static Optional<TacticEvidence> find(String jurisdiction, String tactic) {
        return EVIDENCE.get(jurisdiction).stream().filter(e -> e.tacticId().equals(tactic)).findFirst();
    }

    private static TacticEvidence evidence(String jurisdiction, String tactic) {
        return find(jurisdiction, tactic).orElseThrow(() -> new AssertionError(jurisdiction + " has no " + tactic));
    }

    private static String marks(String jurisdiction, String tactic) {
        return find(jurisdiction, tactic)
                .map(e -> (e.listed() ? "L" : "-") + (e.described() ? "D" : "-") + (e.cited() ? "C" : "-"))
                .orElse("none");
    }

    @Test
    void hartfordDescribesReverseStingsAndJohnSchoolButOnlyListsLicenseSuspension() {
        assertEquals("LD-", marks("ct/hartford", "reverse-stings"));
        assertEquals("LD-", marks("ct/hartford", "john-school"));
        assertEquals("L--", marks("ct/hartford", "license-suspension"));
        assertEquals(EvidenceLevel.LISTED, evidence("ct/hartford", "license-suspension").level());
        assertEquals(List.of(new EvidenceSentence("The city first launched its first john school in 2000.", 22)),
                evidence("ct/hartford", "john-school").sentences().subList(0, 1));
    }

    @Test
    void hartfordDescribesIdentityDisclosureAndLettersWithoutListingThem() {
        assertEquals("-D-", marks("ct/hartford", "identity-disclosure"));
        assertEquals("-D-", marks("ct/hartford", "letters"));
        assertEquals(EvidenceLevel.UNLISTED, evidence("ct/hartford", "letters").level());
    }

    @Test
    void waterburyDescribesAndCitesReverseStingsAndIdentityDisclosure() {
        assertEquals("LDC", marks("ct/waterbury", "reverse-stings"));
        assertEquals("LDC", marks("ct/waterbury", "identity-disclosure"));
        assertEquals(15, evidence("ct/waterbury", "reverse-stings").citationCount());
        assertEquals(15, evidence("ct/waterbury", "identity-disclosure").citationCount());
        assertEquals(EvidenceLevel.CORROBORATED, evidence("ct/waterbury", "identity-disclosure").level());
    }

    @Test
    void residentsComplaintsThatPromptPoliceOperationsAreNeighborhoodAction() {
        assertEquals("LD-", marks("ct/waterbury", "neighborhood-action"));
        assertTrue(evidence("ct/waterbury", "neighborhood-action").sentences().stream()
                .anyMatch(s -> s.text().contains("in response to residential complaints")));
        assertEquals(Set.of(), FINDER.tacticsIn("Complaints from local residents are numerous."),
                "complaints that prompt nothing are not action");
        assertEquals(Set.of(), FINDER.tacticsIn("Residents live near the police station."));
        assertEquals(Set.of("neighborhood-action"), FINDER.tacticsIn("Neighbors' complaints led the police to run "
                + "an operation."), "made-up: complaint, neighbours, police");
    }

    @Test
    void windsorLocksDescribesOperationCupidAsAWebStingAndClaimsNoCameras() {
        assertEquals("LD-", marks("ct/windsor-locks", "web-stings"));
        assertTrue(evidence("ct/windsor-locks", "web-stings").sentences().get(0).text().contains("Operation Cupid"));
        assertEquals("none", marks("ct/windsor-locks", "cameras"));
    }

    @Test
    void phrasesMatchOverStemsAndStopWords() {
        assertEquals(Set.of("identity-disclosure"), FINDER.tacticsIn("They publicized the identity of buyers."));
        assertEquals(Set.of("reverse-stings", "web-stings"), FINDER.tacticsIn("An online reverse sting was held."),
                "a compound credits both tactics");
        assertFalse(FINDER.tacticsIn("He posed as a police official.").contains("reverse-stings"));
    }
}
