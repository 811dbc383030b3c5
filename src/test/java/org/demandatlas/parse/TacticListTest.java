package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.TacticUse;
import org.junit.jupiter.api.Test;

/** The four shapes of Tactics Used, unknown and duplicate tactics, and where the list ends. */
class TacticListTest {
    private static ParsedDocument profileWithTactics(String... tactics) {
        return Fixtures.parse("Hartford, CT\n\nTactics Used\n\n" + String.join("\n", tactics)
                + "\n\nA paragraph of narrative that ends with a period.\n\nState Connecticut\nType City\n"
                + "Population 1");
    }

    private static List<String> ids(ParsedDocument parsed) {
        return parsed.jurisdiction().tactics().stream().map(TacticUse::id).toList();
    }

    @Test
    void oldTwelveNamePlainList() {
        ParsedDocument parsed = profileWithTactics("Reverse stings", "Shaming", "Auto seizure", "Community service",
                "Public education", "Neighborhood action", "SOAP orders", "John school", "Letters", "Cameras",
                "Web stings", "License suspension");
        assertEquals(List.of("reverse-stings", "identity-disclosure", "auto-seizure", "community-service",
                "public-education", "neighborhood-action", "soap-orders", "john-school", "letters", "cameras",
                "web-stings", "license-suspension"), ids(parsed));
        assertEquals(new TacticUse("identity-disclosure", "Identity Disclosure", "Shaming", true, 6),
                parsed.jurisdiction().tactics().get(1));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void tableWithTicksWhereUntickedRowsAreNotUsed() {
        ParsedDocument parsed = profileWithTactics("Tactic | Used |", "---|---|", "Reverse stings | \u2713 |",
                "Shaming |  |", "| Auto seizure | \u2714 |", "Cameras | \u2717 |", "Letters|x|", "Web stings | - |");
        assertEquals(List.of("reverse-stings", "auto-seizure", "letters"), ids(parsed));
        assertEquals(List.of(), problems(parsed));
        assertEquals(List.of(LineRole.TACTIC), parsed.lineRoles().subList(4, 12).stream().distinct().toList());
    }

    @Test
    void unclearTableMarkIsReadAsNotUsedWithAWarning() {
        ParsedDocument parsed = profileWithTactics("Reverse stings | maybe |", "Shaming | \u2713 |");
        assertEquals(List.of("identity-disclosure"), ids(parsed));
        assertEquals(List.of("t.txt:5:1: warning: unclear tactic table row 'Reverse stings | maybe |'; read as not"
                + " used (expected a tactic name and a tick such as \u2713 or an empty cell)"), problems(parsed));
    }

    @Test
    void sentenceCaseListOfNinePrecededByBuyerArrests() {
        ParsedDocument parsed = profileWithTactics("Buyer Arrests", "Reverse stings", "Auto seizure",
                "Community service", "Public education", "Neighborhood action", "SOAP orders", "John school",
                "Web stings", "License suspension");
        assertEquals(10, ids(parsed).size());
        assertEquals("buyer-arrests", ids(parsed).get(0));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void titleCaseListOfFifteenWithNameDrift() {
        ParsedDocument parsed = profileWithTactics("Auto Seizure", "Buyer Arrests", "Cameras", "Community Service",
                "Employment Loss", "Identity Disclosure", "IT-Based Tactics", "John School", "Letters",
                "Driver's license suspension", "Neighborhood Action", "Public Education", "John stings",
                "SOAP Orders", "Web Stings");
        assertEquals(List.of("auto-seizure", "buyer-arrests", "cameras", "community-service", "employment-loss",
                "identity-disclosure", "it-based-tactics", "john-school", "letters", "license-suspension",
                "neighborhood-action", "public-education", "reverse-stings", "soap-orders", "web-stings"), ids(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void unknownTacticIsKeptWithItsSlugAndAWarning() {
        ParsedDocument parsed = profileWithTactics("Reverse stings", "Crystal balls");
        assertEquals(new TacticUse("crystal-balls", "Crystal balls", "Crystal balls", false, 6),
                parsed.jurisdiction().tactics().get(1));
        assertEquals(List.of("t.txt:6:1: warning: unknown tactic 'Crystal balls' (expected one of the taxonomy's"
                + " names or synonyms)"), problems(parsed));
    }

    @Test
    void duplicateTacticIsKeptOnceWithAWarning() {
        ParsedDocument parsed = profileWithTactics("Reverse stings", "Shaming", "John stings");
        assertEquals(List.of("reverse-stings", "identity-disclosure"), ids(parsed));
        assertEquals(LineRole.DUPLICATE, parsed.lineRoles().get(6));
        assertEquals(List.of("t.txt:7:1: warning: duplicate tactic 'Reverse Stings' (first at line 5)"),
                problems(parsed));
        assertEquals(ProblemKind.DUPLICATE, parsed.problems().get(0).kind());
    }

    @Test
    void bulletsAndCommaSeparatedNames() {
        ParsedDocument parsed = profileWithTactics("  \u2022 Reverse stings", "Shaming, Letters, , Wishful thinking");
        assertEquals(List.of("reverse-stings", "identity-disclosure", "letters", "wishful-thinking"), ids(parsed));
        assertEquals(List.of("t.txt:6:21: warning: unknown tactic 'Wishful thinking' (expected one of the taxonomy's"
                + " names or synonyms)"), problems(parsed));
        assertEquals(ProblemKind.PARSE, parsed.problems().get(0).kind());
    }

    @Test
    void categoriesHeadingAlsoIntroducesTactics() {
        ParsedDocument parsed = Fixtures.parse("Polk County, FL\nCategories:\nTactics Used\nReverse stings\n\n"
                + "Text.\n\nState Florida\nType County\nPopulation 700000");
        assertEquals(List.of("reverse-stings"), ids(parsed));
        assertEquals(LineRole.SECTION_HEADING, parsed.lineRoles().get(1));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void afterABlankLineOnlyKnownNamesContinueTheList() {
        ParsedDocument parsed = Fixtures.parse("Hartford, CT\n\nTactics Used\n\nReverse stings\n\nShaming\n\n"
                + "John Protocol\n\nThe protocol is a class.\n\nState Connecticut");
        assertEquals(List.of("reverse-stings", "identity-disclosure"), ids(parsed));
        assertEquals("John Protocol", parsed.jurisdiction().narrative().get(0).text());
        assertEquals(LineRole.NARRATIVE, parsed.lineRoles().get(8));
    }

    @Test
    void narrativeRightAfterTheListWithoutABlankLineEndsIt() {
        ParsedDocument parsed = Fixtures.parse("Hartford, CT\nTactics Used\nReverse stings\nThe city has long"
                + " addressed demand for commercial sex.\nState Connecticut");
        assertEquals(List.of("reverse-stings"), ids(parsed));
        assertEquals(1, parsed.jurisdiction().narrative().size());
    }
}
