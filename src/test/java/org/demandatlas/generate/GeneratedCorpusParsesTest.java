package org.demandatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.TacticUse;
import org.demandatlas.parse.DocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI smoke test: 1,000 generated files read by the real ingester and parser, checked against the generator. */
class GeneratedCorpusParsesTest {
    private static final int PROFILES = 1_000;
    private static final long SEED = 42;
    private static final List<ParsedDocument> PARSED = new ArrayList<>();

    @TempDir
    static Path corpus;

    @BeforeAll
    static void generateAndParse() throws IOException {
        CorpusGeneratorTest.GENERATOR.generate(PROFILES, SEED, corpus);
        TextIngester ingester = new TextIngester();
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        PARSED.addAll(IntStream.rangeClosed(1, PROFILES).parallel().mapToObj(i -> {
            String file = CorpusGenerator.fileName(i);
            return parser.parse(ingester.read(corpus.resolve(file), file));
        }).toList());
    }

    @Test
    void noFileHasAnyError() {
        List<String> errors = PARSED.stream().flatMap(parsed -> parsed.problems().stream())
                .filter(Problem::isError).map(Problem::format).toList();
        assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())), errors.size() + " errors");
    }

    /** Warnings come only from the export glitches the generator imitates on purpose, one per glitch. */
    @Test
    void warningsAreExactlyTheImitatedGlitches() {
        int lostBullets = 0;
        int repeats = 0;
        for (int i = 1; i <= PROFILES; i++) {
            SyntheticProfile expected = describe(i);
            lostBullets += (int) expected.sources().stream().flatMap(s -> s.citations().stream())
                    .filter(line -> line.startsWith("    ")).count();
            repeats += expected.narrative().size() - (int) expected.narrative().stream().distinct().count();
        }
        Map<String, Long> warnings = PARSED.stream().flatMap(parsed -> parsed.problems().stream())
                .map(problem -> problem.message().replaceAll("\\d+", "N"))
                .collect(Collectors.groupingBy(message -> message, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("citation without bullet", (long) lostBullets,
                "duplicate paragraph (first at line N)", (long) repeats), warnings);
        assertTrue(lostBullets > 0 && repeats > 0, lostBullets + " lost bullets, " + repeats + " repeats");
    }

    @Test
    void everyFileIsACuratedProfileOfTheExpectedPlace() {
        for (int i = 1; i <= PROFILES; i++) {
            SyntheticProfile expected = describe(i);
            ParsedDocument parsed = PARSED.get(i - 1);
            assertEquals(DocumentKind.PROFILE, parsed.findDocument().orElseThrow().kind(), expected.fileName());
            Jurisdiction place = parsed.findJurisdiction().orElseThrow();
            assertEquals(expected.id(), place.id());
            assertEquals(expected.place().name(), place.name());
            assertEquals(expected.place().type(), place.type());
            assertEquals(expected.population(), place.population());
        }
    }

    @Test
    void tacticIdsAreTheGeneratorsExpectation() {
        for (int i = 1; i <= PROFILES; i++) {
            Jurisdiction place = PARSED.get(i - 1).findJurisdiction().orElseThrow();
            List<String> ids = place.tactics().stream().map(TacticUse::id).toList();
            assertEquals(describe(i).tacticIds(), ids, describe(i).fileName());
            assertTrue(place.tactics().stream().allMatch(TacticUse::known), describe(i).fileName());
        }
    }

    @Test
    void partnersAndCitationsAreAllRead() {
        for (int i = 1; i <= PROFILES; i++) {
            SyntheticProfile expected = describe(i);
            Jurisdiction place = PARSED.get(i - 1).findJurisdiction().orElseThrow();
            assertEquals(expected.partners(), place.partners().stream().map(p -> p.name()).toList(),
                    expected.fileName());
            assertEquals(expected.sources().size(), place.sources().size(), expected.fileName());
            assertEquals(expected.citationCount(), place.citationCount(), expected.fileName());
        }
    }

    @Test
    void narrativeOpensWithTheSyntheticMarker() {
        for (int i = 1; i <= PROFILES; i++) {
            Jurisdiction place = PARSED.get(i - 1).findJurisdiction().orElseThrow();
            assertTrue(place.narrative().getFirst().text().startsWith("Synthetic test profile."),
                    describe(i).fileName());
        }
    }

    private static SyntheticProfile describe(int index) {
        return CorpusGeneratorTest.GENERATOR.describe(SEED, index);
    }
}
