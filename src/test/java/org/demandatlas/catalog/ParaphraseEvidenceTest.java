package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Classes 6, 7, 12 and 13 of the trust audit, on sentences written for this test (not the seeds'): meaning is
 * matched, not strings; negations and questions are no evidence; a compound credits every tactic it names.
 */
class ParaphraseEvidenceTest {
    private static final EvidenceFinder FINDER = new EvidenceFinder(ReferenceData.loadTaxonomy().tactics());

    private static Set<String> tactics(String sentence) {
        return FINDER.tacticsIn(sentence);
    }

    @Test
    void identityDisclosureInOtherWords() {
        assertEquals(Set.of("identity-disclosure"), tactics("Their names were made public the next day."));
        assertEquals(Set.of("identity-disclosure"), tactics("The paper published the names of all the johns."));
        assertEquals(Set.of("identity-disclosure"), tactics("Each of them was named in local media."));
        assertEquals(Set.of(), tactics("The program is named The Second Chance."));
    }

    @Test
    void buyerArrestsInOtherWords() {
        assertEquals(Set.of("buyer-arrests"), tactics("Six buyers were arrested at the motel."));
        assertEquals(Set.of("buyer-arrests"), tactics("Over the summer the unit arrested more than 70 men."));
        assertEquals(Set.of("buyer-arrests"), tactics("It was an operation in which 14 men were arrested."));
        assertEquals(Set.of(), tactics("A woman was arrested for theft."));
    }

    @Test
    void webStingsAndCompounds() {
        assertEquals(Set.of("web-stings"), tactics("The department ran an online sting last spring."));
        assertEquals(Set.of("reverse-stings", "web-stings"), tactics("It was a web-based reverse sting."));
        assertEquals(Set.of("reverse-stings"), tactics("Officers held a reverse sting downtown."));
    }

    @Test
    void employmentLossIsLosingTheJobNotLeave() {
        assertEquals(Set.of("employment-loss"), tactics("The deputy was officially fired in May."));
        assertEquals(Set.of("employment-loss"), tactics("The teacher resigned after the arrest."));
        assertEquals(Set.of(), tactics("He was placed on administrative leave pending the inquiry."));
    }

    @Test
    void negationsAndQuestionsAreNoEvidence() {
        assertEquals(Set.of(), tactics("The report asks why there have been no convictions of buyers arrested."));
        assertEquals(Set.of(), tactics("Police have not arrested any sex buyers."));
        assertEquals(Set.of(), tactics("The city never held a reverse sting."));
        assertEquals(Set.of(), tactics("The council will decide whether to publish the names of johns."));
        assertEquals(Set.of(), tactics("Are buyers of sex being arrested, and if not, why?"));
        assertEquals(Set.of(), tactics("The police haven't run a john school."));
        assertEquals(Set.of("john-school"), tactics("The court runs a john school, not only to punish but to teach."),
                "'not only' is no negation");
        assertEquals(Set.of("reverse-stings"), tactics("Police held a reverse sting; no one was hurt."),
                "a negation in another clause leaves this clause's evidence");
    }
}
