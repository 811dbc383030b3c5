package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Partner;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.Taxonomy;

/**
 * A hand-made atlas that mirrors the five seeds (Hartford, Waterbury, Windsor Locks curated; West Hartford known
 * only from an article; a Connecticut press release), read by the build's pipeline ({@link TestAtlas}).
 */
final class FixtureAtlas {
    static final StateRef CT = new StateRef("CT", "Connecticut");
    static final Taxonomy TAXONOMY = ReferenceData.loadTaxonomy();

    private FixtureAtlas() {
    }

    /** The seeds' atlas as the build makes it: through the pipeline, with timeline, evidence and quality report. */
    static AtlasPipeline.Result seeds() {
        return TestAtlas.of(List.of(hartford(), waterbury(), windsorLocks(), westHartford()), documents());
    }

    static List<TacticUse> tactics(String... names) {
        List<TacticUse> uses = new ArrayList<>();
        for (String name : names) {
            var tactic = TAXONOMY.findByName(name).orElseThrow(() -> new IllegalArgumentException(name));
            uses.add(new TacticUse(tactic.id(), tactic.name(), name, true, 4 + uses.size()));
        }
        return uses;
    }

    static Partner partner(String name, int line) {
        return new Partner(Slugs.slugify(name), name, line);
    }

    static SourceCategory category(String name, int line, Citation... citations) {
        List<String> ids = List.of(name.replaceAll(":$", "").split(", ")).stream()
                .map(TAXONOMY::findByName).flatMap(java.util.Optional::stream).map(t -> t.id()).distinct().toList();
        return new SourceCategory(name, TAXONOMY.isContextCategory(name) ? List.of() : ids, List.of(citations), line);
    }

    static Citation cite(String title, String publisher, String date, int line) {
        return new Citation(title, publisher, date, "\u201C" + title + ",\u201D " + publisher + ", " + date + ".", line);
    }

    static Block block(BlockKind kind, String text, int line) {
        return new Block(kind, text, line);
    }

    static Jurisdiction hartford() {
        List<Block> narrative = List.of(
                block(BlockKind.PARAGRAPH, "Prostitution and sex trafficking are well-documented problems in "
                        + "Hartford, including homicide of prostituted women.", 16),
                block(BlockKind.PARAGRAPH, "The Hartford Police Department began conducting reverse stings in 1980, "
                        + "and routinely both seize the vehicles and publicize the identities of arrested sex buyers.",
                        18),
                block(BlockKind.QUOTE, "Rarely do we do any of these operations where they\u2019re not in the area "
                        + "of a recent homicide.", 20),
                block(BlockKind.HEADING, "John Protocol", 24),
                block(BlockKind.PARAGRAPH, "The current john school program in Hartford is named \u201CThe John "
                        + "Protocol\u201D and is operated by the Community Court.", 26),
                block(BlockKind.QUOTE, "Since implementing this protocol in late 2009, the Community Court has "
                        + "not seen one recidivist from the protocol.", 28));
        return new Jurisdiction("ct/hartford", "Hartford", CT, JurisdictionType.CITY, 124563L, true,
                tactics("Buyer Arrests", "Reverse stings", "Auto seizure", "Community service", "Public education",
                        "Neighborhood action", "SOAP orders", "John school", "Web stings", "License suspension"),
                List.of(partner("Hartford Police Department", 32),
                        partner("Community Court (State of Connecticut, Judicial Branch)", 33),
                        partner("AIDS Project Hartford", 34), partner("End Demand Connecticut", 35)),
                List.of(), narrative, List.of("ct-hartford-profile"));
    }

    static Jurisdiction waterbury() {
        String ra = "Waterbury Republican-American";
        List<SourceCategory> sources = List.of(
                category("Sex Buyer Arrests", 29, cite("Spa Patrons Also Nabbed; Court Crammed after 33 Massage "
                        + "Parlor Arrests", ra, "2006-04-29", 31)),
                category("Street-Level Reverse Stings, Identity Disclosure", 33,
                        cite("Cops Nab Prostitutes\u2019 Customers", "New London Day", "1998-05-25", 35),
                        cite("Prostitution Sting in Hillside Area Snares 12 Women, 4 Men", ra, "2006-06-02", 36),
                        cite("Chief Says Prostitution Stings Will Continue through Summer", ra, "2006-06-03", 37),
                        cite("Police Use Stings in Campaign against Prostitutes", ra, "2006-06-03", 38),
                        cite("Prostitution Stings Will Run through the Summer; 24 Arrested in Twin Ops on Thursday",
                                ra, "2006-06-03", 39),
                        cite("40 Charged as Johns, Prostitutes in Sting; Cops Focus on Hillside Neighborhood", ra,
                                "2007-06-03", 40),
                        cite("Sting: 33 Johns, 7 Prostitutes; Police Crack down on Activity in Hillside Area", ra,
                                "2007-06-03", 41),
                        cite("Waterbury Police Arrest 40 in Prostitution Crackdown", ra, "2007-06-03", 42),
                        cite("Prostitution Sting Nets 40", "CBS/WFSB-TV 3", "2007-06-04", 43),
                        cite("Hookers\u2019 Patrons Arrests; Waterbury Police Send Message on Prostitution", ra,
                                "2008-05-26", 44),
                        cite("Sting Nets Alleged Customers of Hookers", ra, "2008-05-26", 45),
                        cite("Hillside Residents Applaud Waterbury Prostitution Sting", ra, "2008-05-29", 46),
                        cite("Lessons Not Learned; Thirty-Nine More Johns Busted in 2nd Waterbury Sting in as Many "
                                + "Months", ra, "2008-06-30", 47),
                        cite("Prostitution Sting Arrests", ra, "2009-06-14", 48),
                        cite("Prostitution Sweep Results in Arrest of 27 in Waterbury", ra, "2011-05-28", 49)),
                category("Sex Buyer Fired and/or Resigned Due to Arrest", 51),
                category("Sex Trafficking and Child Sexual Exploitation in the Area", 53),
                category("Documented Violence Against Individuals Engaged in Prostitution in the Area", 55),
                category("Background on Prostitution in the Area", 57));
        List<Block> narrative = List.of(
                block(BlockKind.PARAGRAPH, "Waterbury is a city in western Connecticut, located in New Haven "
                        + "County, and has a population of approximately 114,000 residents.", 21),
                block(BlockKind.PARAGRAPH, "The Waterbury Police Department\u2019s efforts to combat commercial sex "
                        + "have included street-level reverse stings, some of which have produced over 30 arrests.", 23),
                block(BlockKind.PARAGRAPH, "Employment loss is also a consequence of buying sex in the city.", 25));
        return new Jurisdiction("ct/waterbury", "Waterbury", CT, JurisdictionType.CITY, 113811L, true,
                tactics("Auto Seizure", "Buyer Arrests", "Cameras", "Community Service", "Employment Loss",
                        "Identity Disclosure", "IT Based Tactics", "John School", "Letters", "License Suspension",
                        "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings"),
                List.of(), sources, narrative, List.of("ct-waterbury-profile"));
    }

    static Jurisdiction windsorLocks() {
        List<SourceCategory> sources = List.of(category("Reverse Sting", 30),
                category("Web-Based Reverse Stings, Identity Disclosure", 32), category("Community Service", 34),
                category("Sex Buyer Fired or Resigned Due to Arrest", 36),
                category("Sex Trafficking and Child Sexual Exploitation in the Area", 38));
        List<Block> narrative = List.of(block(BlockKind.PARAGRAPH, "Windsor Locks is a town of approximately "
                + "13,000 residents, located north of Hartford in central Connecticut.", 19),
                block(BlockKind.PARAGRAPH, "In February 2014, Windsor Locks Police arrested 11 men in an online "
                        + "reverse sting entitled \u201COperation Cupid.\u201D", 23));
        return new Jurisdiction("ct/windsor-locks", "Windsor Locks", CT, JurisdictionType.CITY, 12876L, true,
                tactics("Auto Seizure", "Buyer Arrests", "Community Service", "Employment Loss",
                        "Identity Disclosure", "IT Based Tactics", "John School", "License Suspension",
                        "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings"),
                List.of(), sources, narrative, List.of("ct-windsor-locks-profile"));
    }

    static Jurisdiction westHartford() {
        return new Jurisdiction("ct/west-hartford", "West Hartford", CT, null, null, false,
                List.of(), List.of(), List.of(), List.of(), List.of("ct-west-hartford-article"));
    }

    static List<Document> documents() {
        String hash = "ab".repeat(32);
        return List.of(
                new Document("ct-hartford-profile", DocumentKind.PROFILE, "starts with a 'Name, ST' header and "
                        + "has a Tactics Used section", "seeds/000_23610c0101512601.txt", hash, "Hartford, CT",
                        "ct/hartford", null, List.of(block(BlockKind.PARAGRAPH, "Hartford profile text.", 1))),
                new Document("ct-west-hartford-article", DocumentKind.ARTICLE, "question headings and no Tactics "
                        + "Used section", "seeds/001_60efec2dbb28c6c2.txt", "cd".repeat(32),
                        "Understanding Prostitution in West Hartford: Laws, Risks, and Resources",
                        "ct/west-hartford", null, List.of(
                        block(BlockKind.HEADING, "Is prostitution legal in West Hartford?", 5),
                        block(BlockKind.PARAGRAPH, "No, prostitution is illegal throughout Connecticut, with "
                                + "fines up to $2,000.", 7),
                        block(BlockKind.LIST_ITEM, "John stings using undercover officers", 11),
                        block(BlockKind.LIST_ITEM, "Online monitoring of escort advertisements", 12))),
                new Document("ct-waterbury-profile", DocumentKind.PROFILE, "starts with a 'Name, ST' header and "
                        + "has a Tactics Used section", "seeds/002_01b79f9fd5eba329.txt", hash, "Waterbury, CT",
                        "ct/waterbury", null, List.of()),
                new Document("ct-windsor-locks-profile", DocumentKind.PROFILE, "starts with a 'Name, ST' header "
                        + "and has a Tactics Used section", "seeds/003_6da4c138ab00a1bb.txt", hash,
                        "Windsor Locks, CT", "ct/windsor-locks", null, List.of()),
                new Document("ct-press-release", DocumentKind.PRESS_RELEASE, "FOR IMMEDIATE RELEASE line",
                        "seeds/004_5ed4e1cf5bccefb4.txt", "ef".repeat(32), "Connecticut Trafficking in Persons "
                        + "Council releases its Annual Report", "ct", "2017-01-11", List.of(
                        block(BlockKind.PARAGRAPH, "HARTFORD \u2013 For too long, the onus for the crime of "
                                + "prostitution has fallen on the prostitute, not the buyer of sex.", 20))));
    }
}
