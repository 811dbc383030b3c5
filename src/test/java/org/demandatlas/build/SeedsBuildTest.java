package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.export.SchemaValidation;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real seeds through the real pipeline: what all.json must say, and that it says it the same way every time. */
class SeedsBuildTest {
    @TempDir
    static Path dir;
    private static Path site;
    private static Atlas atlas;

    @BeforeAll
    static void buildTheSeeds() throws IOException {
        site = dir.resolve("site");
        BuildReport report = build(site);
        assertEquals(BuildStatus.OK, report.status(), String.join("\n", report.formattedProblems()));
        atlas = AtlasJsonFile.read(site.resolve("data/all.json"));
    }

    @Test
    void hartfordIsACuratedProfileWithItsTacticsPartnersAndPopulation() {
        Jurisdiction hartford = atlas.findJurisdiction("ct/hartford").orElseThrow();

        assertEquals(10, hartford.tactics().size());
        assertEquals(4, hartford.partners().size());
        assertEquals(124563L, hartford.population());
        assertEquals(List.of("ct-hartford-profile"), hartford.documents());
    }

    @Test
    void waterburyCitesSixteenSources() {
        assertEquals(16, atlas.findJurisdiction("ct/waterbury").orElseThrow().citationCount());
    }

    @Test
    void westHartfordIsKnownOnlyFromAnArticle() {
        Jurisdiction westHartford = atlas.findJurisdiction("ct/west-hartford").orElseThrow();

        assertFalse(westHartford.curated());
        assertEquals(DocumentKind.ARTICLE, atlas.findDocument(westHartford.documents().get(0)).orElseThrow().kind());
    }

    @Test
    void thePressReleaseIsAboutConnecticut() {
        Document release = atlas.findDocument("ct-press-release").orElseThrow();

        assertEquals(DocumentKind.PRESS_RELEASE, release.kind());
        assertEquals("ct", release.jurisdiction());
        assertEquals(List.of("ct-press-release"), atlas.states().get(0).documents());
    }

    @Test
    void allJsonAndEveryJurisdictionRecordSatisfyTheSchema() throws IOException {
        assertEquals(List.of(), SchemaValidation.errors(Files.readAllBytes(site.resolve("data/all.json"))));
        for (Jurisdiction jurisdiction : atlas.jurisdictions()) {
            byte[] record = Files.readAllBytes(site.resolve(jurisdiction.id()).resolve("index.json"));
            assertEquals(List.of(), SchemaValidation.jurisdictionErrors(record), jurisdiction.id());
        }
    }

    @Test
    void twoBuildsAreByteIdenticalEvenInATurkishLocale() throws IOException {
        Locale original = Locale.getDefault();
        Path second = dir.resolve("second");
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(BuildStatus.OK, build(second).status());
        } finally {
            Locale.setDefault(original);
        }
        assertSameFiles(site, second);
    }

    @Test
    void aJurisdictionInTwoFilesIsAnErrorOnTheLaterOne() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("duplicate/seeds"));
        Path hartford = ProjectFiles.seeds().resolve("000_23610c0101512601.txt");
        Files.copy(hartford, seeds.resolve("000_hartford.txt"));
        Files.copy(hartford, seeds.resolve("001_hartford_again.txt"));

        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(seeds, dir.resolve("duplicate/site"), null));

        String shown = DisplayPaths.of(seeds);
        assertEquals(BuildStatus.INPUT_ERRORS, report.status());
        assertEquals(List.of(shown + "/001_hartford_again.txt:1:1: error: jurisdiction ct/hartford is already "
                + "defined by " + shown + "/000_hartford.txt (expected one profile per jurisdiction)"),
                report.problems().stream().filter(p -> p.isError()).map(p -> p.format()).toList());
        assertFalse(Files.exists(dir.resolve("duplicate/site")));
    }

    static BuildReport build(Path out) {
        return new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(ProjectFiles.seeds(), out, null));
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> files = ProjectFiles.tree(expected);
        assertEquals(files, ProjectFiles.tree(actual));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file);
        }
    }
}
