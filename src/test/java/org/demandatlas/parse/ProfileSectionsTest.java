package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Partner;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.SourceCategory;
import org.junit.jupiter.api.Test;

/** Key Partners, Key Sources and the trailer of a profile. */
class ProfileSectionsTest {
    private static final String TOP = "Hartford, CT\n\nTactics Used\n\nReverse stings\n\nNarrative text.\n\n";
    private static final String TRAILER = "\n\nState Connecticut\nType City\nPopulation 124563\nComments are closed.";

    private static ParsedDocument withSections(String sections) {
        return Fixtures.parse(TOP + sections + TRAILER);
    }

    @Test
    void partnersWithBulletsOfEveryKindAndCommasInNames() {
        ParsedDocument parsed = withSections("Key Partners\n\n  \u2022 Community Court (State of Connecticut, Judicial"
                + " Branch)\n  - Hartford Police Department\n  * AIDS Project Hartford\n  \u00b7 End Demand Connecticut");
        assertEquals(List.of(new Partner("community-court-state-of-connecticut-judicial-branch",
                "Community Court (State of Connecticut, Judicial Branch)", 11),
                new Partner("hartford-police-department", "Hartford Police Department", 12),
                new Partner("aids-project-hartford", "AIDS Project Hartford", 13),
                new Partner("end-demand-connecticut", "End Demand Connecticut", 14)), parsed.jurisdiction().partners());
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void partnerWithoutBulletAndRepeatedPartner() {
        ParsedDocument parsed = withSections("Key Partners\n\nHartford Police Department\n  \u2022 Hartford Police"
                + " Department");
        assertEquals(1, parsed.jurisdiction().partners().size());
        assertEquals(List.of("t.txt:11:1: warning: partner without bullet",
                "t.txt:12:3: warning: duplicate partner 'Hartford Police Department' (first at line 11)"),
                problems(parsed));
        assertEquals(LineRole.DUPLICATE, parsed.lineRoles().get(11));
    }

    @Test
    void absentPartnersAndSourcesAreEmpty() {
        Jurisdiction hartford = withSections("").jurisdiction();
        assertEquals(List.of(), hartford.partners());
        assertEquals(List.of(), hartford.sources());
    }

    @Test
    void categoriesMapToTacticsAndEmptyOnesAreKept() {
        ParsedDocument parsed = withSections("Key Sources\n\nSex Buyer Arrests:\n\nWeb-Based Reverse Stings, Identity"
                + " Disclosure:\nSex Buyer Fired and/or Resigned Due to Arrest:\nBackground on Prostitution in the"
                + " Area:\nReverse Stings and Crystal Balls:");
        List<SourceCategory> sources = parsed.jurisdiction().sources();
        assertEquals(List.of(List.of("buyer-arrests"), List.of("web-stings", "identity-disclosure"),
                List.of("employment-loss"), List.of(), List.of("reverse-stings")),
                sources.stream().map(SourceCategory::tactics).toList());
        assertEquals(List.of(11, 13, 14, 15, 16), sources.stream().map(SourceCategory::line).toList());
        assertEquals(List.of("t.txt:16:1: warning: source category 'Reverse Stings and Crystal Balls' names no known"
                + " tactic in 'Crystal Balls' (expected tactic names such as Reverse Stings, or a background"
                + " category)"), problems(parsed));
    }

    @Test
    void citationOutsideAnyCategoryIsListedUnderKeySources() {
        ParsedDocument parsed = withSections("Key Sources\n\n  \u2022 \u201CTitle,\u201D Publisher, May 2006.");
        SourceCategory only = parsed.jurisdiction().sources().get(0);
        assertEquals("Key Sources", only.category());
        assertEquals(List.of(), only.tactics());
        assertEquals(9, only.line());
        assertEquals("2006-05", only.citations().get(0).date());
        assertEquals(List.of("t.txt:11:3: warning: citation outside any category; listed under 'Key Sources'"),
                problems(parsed));
    }

    @Test
    void trailerWithCommasInPopulationAndCountyType() {
        ParsedDocument parsed = Fixtures.parse("Polk County, FL\nTactics Used\nReverse stings\n\nText.\n\n"
                + "State Florida\nType County\nPopulation 724,777\nLocation\nComments are closed.");
        assertEquals(724777L, parsed.jurisdiction().population());
        assertEquals(JurisdictionType.COUNTY, parsed.jurisdiction().type());
        assertEquals("fl/polk-county", parsed.jurisdiction().id());
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void trailerErrorsAtTheirValues() {
        ParsedDocument parsed = Fixtures.parse(TOP + "State Massachusetts\nType Village\nPopulation -5\n"
                + "Location Main St\nPopulation 7");
        assertEquals(List.of("t.txt:9:7: error: state 'Massachusetts' does not match the header's CT (expected"
                        + " Connecticut)",
                "t.txt:10:6: error: unknown type 'Village' (expected City, County or State)",
                "t.txt:11:12: error: population '-5' is not a whole number (expected digits such as 124563)",
                "t.txt:12:10: warning: location 'Main St' ignored (expected a bare Location line)",
                "t.txt:13:1: warning: duplicate Population line (first at line 11); ignored"), problems(parsed));
        assertNull(parsed.jurisdiction().population());
        assertNull(parsed.jurisdiction().type(), "an unknown type is not replaced by a guess");
    }

    @Test
    void unknownStateNameAndHugeOrMissingPopulation() {
        assertEquals(List.of("t.txt:10:7: error: unknown state 'Narnia' (expected a full U.S. state name such as"
                        + " Connecticut)",
                "t.txt:11:12: error: population 99999999999 is too large (expected at most 1000000000)"),
                problems(Fixtures.parse(TOP + "Key Sources\nState Narnia\nPopulation 99999999999\nType City")));
        assertEquals(List.of("t.txt:10:11: error: population is missing (expected digits such as 124563)"),
                problems(Fixtures.parse(TOP + "Type City\nPopulation\nState Connecticut")));
    }

    @Test
    void missingTrailerLinesAreOneWarningAndAnUnstatedTypeStaysUnknown() {
        ParsedDocument city = Fixtures.parse(TOP + "Key Partners\n");
        assertEquals(List.of("t.txt:0:0: warning: trailer lacks State, Type, Population; type not stated"
                + " (expected State <name>, Type City|County|State and Population <digits> at the end of a"
                + " profile)"), problems(city));
        assertNull(city.jurisdiction().type());
        assertNull(city.jurisdiction().population());
        ParsedDocument county = Fixtures.parse("Polk County, FL\nTactics Used\nReverse stings\nState Florida");
        assertNull(county.jurisdiction().type(), "a name ending in County is not a stated type");
        assertEquals(List.of("t.txt:0:0: warning: trailer lacks Type, Population; type not stated"
                + " (expected State <name>, Type City|County|State and Population <digits> at the end of a profile)"),
                problems(county));
        ParsedDocument stated = Fixtures.parse("Polk County, FL\nTactics Used\nReverse stings\nState Florida\n"
                + "Type County\nPopulation 5");
        assertEquals(JurisdictionType.COUNTY, stated.jurisdiction().type());
    }

    @Test
    void textAfterTheTrailerIsReported() {
        ParsedDocument parsed = Fixtures.parse(TOP + "State Connecticut\nType City\nPopulation 5\nComments are"
                + " closed.\nShare this page");
        assertEquals(List.of("t.txt:13:1: warning: unexpected text 'Share this page' after the trailer; ignored"
                + " (expected State, Type, Population, Location or Comments are closed.)"), problems(parsed));
        assertEquals(LineRole.JUNK, parsed.lineRoles().get(12));
    }

    @Test
    void stateWordsInTheNarrativeAreNotTheTrailer() {
        ParsedDocument parsed = Fixtures.parse("Hartford, CT\nTactics Used\nReverse stings\n\nState Police\n\n"
                + "The state police ran stings.\n\nType 2 offenders\n\nState Connecticut\nType City\nPopulation 5");
        assertEquals(List.of("State Police", "The state police ran stings.", "Type 2 offenders"),
                parsed.jurisdiction().narrative().stream().map(b -> b.text()).toList());
        assertEquals(List.of(), problems(parsed));
    }
}
