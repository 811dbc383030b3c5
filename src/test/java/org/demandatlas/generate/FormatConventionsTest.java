package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads generated files back, line by line, against the conventions of the real seed exports. */
class FormatConventionsTest {
    private static final int PROFILES = 400;
    private static final Pattern HEADER = Pattern.compile("([^,]+), ([A-Z]{2})");
    private static final Pattern CITATION = Pattern.compile(
            "(?:  \u2022 |    )\u201c[^\u201c\u201d]+,\u201d [^,]+, ([A-Z][a-z]+) (\\d{1,2}) (\\d{4})\\.");
    private static final Pattern TABLE_ROW = Pattern.compile("(.+) \\| (\u2713)? \\|");
    private static final Taxonomy TAXONOMY = ReferenceData.loadTaxonomy();
    private static final States STATES = ReferenceData.loadStates();
    private static final List<String[]> FILES = new ArrayList<>();

    @TempDir
    static Path corpus;

    @BeforeAll
    static void generate() throws IOException {
        CorpusGeneratorTest.GENERATOR.generate(PROFILES, 42, corpus);
        for (int i = 1; i <= PROFILES; i++) {
            FILES.add(Files.readString(corpus.resolve(CorpusGenerator.fileName(i))).split("\n", -1));
        }
    }

    @Test
    void everyFileStartsWithAHeaderOfAKnownStateAndTheTacticsHeading() {
        for (int i = 1; i <= PROFILES; i++) {
            String[] lines = FILES.get(i - 1);
            Matcher header = HEADER.matcher(lines[0]);
            assertTrue(header.matches(), lines[0]);
            assertTrue(STATES.findByCode(header.group(2)).isPresent(), lines[0]);
            assertEquals(describe(i).place().header(), lines[0]);
            assertEquals(List.of("", "Tactics Used", ""), Arrays.asList(lines).subList(1, 4));
        }
    }

    @Test
    void everyFileEndsWithTheTrailerAndNoLineBreak() {
        for (int i = 1; i <= PROFILES; i++) {
            List<String> lines = Arrays.asList(FILES.get(i - 1));
            SyntheticProfile profile = describe(i);
            String type = profile.place().name().endsWith(" County") ? "County" : "City";
            List<String> trailer = new ArrayList<>(List.of("State " + profile.place().state().name(),
                    "Type " + type, "Population " + profile.population()));
            if (lines.get(lines.size() - 2).equals("Location")) {
                trailer.add("Location");
            }
            trailer.add("Comments are closed.");
            assertEquals(trailer, lines.subList(lines.size() - trailer.size(), lines.size()));
            assertTrue(lines.get(lines.size() - trailer.size() - 1).isEmpty());
        }
    }

    @Test
    void narrativeStartsWithTheSyntheticMarkerRightAfterTheTactics() {
        for (int i = 1; i <= PROFILES; i++) {
            String[] lines = FILES.get(i - 1);
            int tactics = describe(i).tactics().lines().size();
            assertEquals("", lines[4 + tactics]);
            assertTrue(lines[5 + tactics].startsWith("Synthetic test profile."), lines[5 + tactics]);
        }
    }

    @Test
    void tacticLinesNameTaxonomyTacticsAndTickedOnesAreTheExpectedIds() {
        EnumSet<TacticList.Shape> shapes = EnumSet.noneOf(TacticList.Shape.class);
        for (int i = 1; i <= PROFILES; i++) {
            SyntheticProfile profile = describe(i);
            List<String> ticked = new ArrayList<>();
            for (String line : Arrays.asList(FILES.get(i - 1)).subList(4, 4 + profile.tactics().lines().size())) {
                Matcher row = TABLE_ROW.matcher(line);
                String name = row.matches() ? row.group(1) : line;
                String id = TAXONOMY.findByName(name).orElseThrow(() -> new AssertionError(line)).id();
                if (!row.matches() || row.group(2) != null) {
                    ticked.add(id);
                }
            }
            assertEquals(profile.tacticIds(), ticked);
            assertTrue(ticked.size() >= 3 && ticked.size() <= TAXONOMY.tactics().size(), ticked.toString());
            assertEquals(ticked.size(), ticked.stream().distinct().count());
            shapes.add(profile.tactics().shape());
        }
        assertEquals(EnumSet.allOf(TacticList.Shape.class), shapes);
    }

    @Test
    void tacticListsShowUntickedRowsAndOddCasing() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            lines.addAll(describe(i).tactics().lines());
        }
        assertTrue(lines.stream().anyMatch(line -> line.endsWith(" |  |")), "an unticked row");
        assertTrue(lines.stream().anyMatch(line -> line.equals(line.toUpperCase(Locale.ROOT))
                && line.contains(" ")), "a line in capitals");
        assertTrue(lines.stream().anyMatch(line -> line.matches("[a-z '-]+ [A-Z]+")), "a shouted last word");
        assertTrue(lines.contains("Shaming") || lines.contains("Shaming | \u2713 |"), "an old name");
    }

    @Test
    void narrativesHaveHeadingsQuotationsAndNonBreakingSpaces() {
        List<String> blocks = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            blocks.addAll(describe(i).narrative());
        }
        List<String> headings = blocks.stream().filter(block -> !block.matches("(?s).*[.:\u201d]")).toList();
        assertTrue(headings.size() > PROFILES / 10, headings.size() + " headings");
        assertTrue(headings.stream().allMatch(heading -> heading.length() < 100), "headings are short");
        assertTrue(blocks.stream().anyMatch(block -> block.endsWith(":") && block.length() < 100), "colon heading");
        assertTrue(blocks.stream().anyMatch(block -> block.startsWith("\u201c")), "a quotation");
        assertTrue(blocks.stream().anyMatch(block -> block.contains(".\u00a0 ")), "a non-breaking space");
    }

    @Test
    void citationsHaveCurlyQuotesAPublisherAndARealDate() {
        int citations = 0;
        for (int i = 1; i <= PROFILES; i++) {
            for (String line : FILES.get(i - 1)) {
                if (line.startsWith("    \u201c") || line.startsWith("  \u2022 \u201c")) {
                    Matcher citation = CITATION.matcher(line);
                    assertTrue(citation.matches(), line);
                    LocalDate date = LocalDate.of(Integer.parseInt(citation.group(3)), month(citation.group(1)),
                            Integer.parseInt(citation.group(2)));
                    assertTrue(date.getYear() >= 1990 && date.getYear() <= 2024, line);
                    citations++;
                }
            }
            assertTrue(describe(i).sources().stream().allMatch(s -> s.citations().size() <= 20));
            assertTrue(describe(i).sources().size() <= 6);
        }
        assertEquals(totalCitations(), citations);
    }

    @Test
    void sectionsAreSeparatedByOneBlankLineWithoutStrayWhiteSpace() {
        for (String[] lines : FILES) {
            String text = String.join("\n", lines);
            assertFalse(text.contains("\n\n\n\n"), lines[0]);
            assertFalse(text.contains("\r"), lines[0]);
            for (String line : lines) {
                assertFalse(line.endsWith(" ") || line.startsWith(" ") && !line.startsWith("  "), line);
            }
        }
    }

    @Test
    void partnersAreBulletedAndSomeRecurAcrossPlaces() {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            SyntheticProfile profile = describe(i);
            String text = String.join("\n", FILES.get(i - 1));
            assertTrue(profile.partnerCount() <= 5);
            for (String partner : profile.partners()) {
                assertTrue(text.contains("\n  \u2022 " + partner + "\n"), partner);
            }
            all.addAll(profile.partners());
        }
        assertTrue(all.size() - all.stream().distinct().count() > PROFILES / 2, "partners recur");
        assertTrue(all.stream().anyMatch(partner -> partner.contains(",")), "some partner names hold a comma");
    }

    private static SyntheticProfile describe(int index) {
        return CorpusGeneratorTest.GENERATOR.describe(42, index);
    }

    private static int totalCitations() {
        int total = 0;
        for (int i = 1; i <= PROFILES; i++) {
            total += describe(i).citationCount();
        }
        return total;
    }

    private static Month month(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.US).equals(name)) {
                return month;
            }
        }
        throw new AssertionError("not a month: " + name);
    }
}
