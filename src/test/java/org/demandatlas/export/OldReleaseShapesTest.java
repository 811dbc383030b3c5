package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.ReleaseChanges.JurisdictionChange;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.model.ReleaseHistory.ArchivedProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published site whose one release an older shape of the contract wrote ({@code old-release/} beside this
 * class, made from a frozen copy of the seeds: no {@code statutes}, no per-profile {@code evidence} or {@code url},
 * {@code population} renamed {@code populationEstimate}, {@code synonyms} renamed {@code aliases}, citations
 * without {@code date}, timeline events without {@code line} and with a newer {@code endDate}, a top-level
 * {@code schemaVersion}; its {@code releases.json} without {@code curated} and {@code citations} and with a
 * {@code generator} key). The history is read and carried forward by a build of today's seeds.
 */
class OldReleaseShapesTest {
    private static final Path OLD_SITE = Path.of("src/test/resources/org/demandatlas/export/old-release");
    private static final String OLD_ID = "2022-09-01d5a9e0";

    @TempDir
    Path dir;

    @Test
    void theFixtureIsAnotherShapeTheStrictReaderRefuses() throws IOException {
        IOException refused = assertThrows(IOException.class, () -> AtlasJsonFile.read(
                new ByteArrayInputStream(frozenJson()), "old"));
        assertTrue(refused.getMessage().startsWith("old is not a valid Demand Atlas data file"), refused.getMessage());
    }

    @Test
    void anOlderReleaseIsReadWithDefaultsForWhatItLacks() throws IOException {
        ReleaseArchive.Published published = ReleaseArchive.read(OLD_SITE);
        assertEquals(1, published.releases().size());
        assertEquals(OLD_ID, published.releases().getFirst().id());
        assertEquals(0, published.releases().getFirst().curated(), "a missing count reads as 0");
        Atlas old = AtlasJsonFile.readArchived(new ByteArrayInputStream(frozenJson()), "old");
        Atlas now = TestAtlas.seeds().atlas();
        assertEquals(now.jurisdictions().stream().map(Jurisdiction::id).toList(),
                old.jurisdictions().stream().map(Jurisdiction::id).toList());
        assertEquals(List.of(), old.statutes(), "a missing list reads as empty");
        for (Jurisdiction j : old.jurisdictions()) {
            assertNull(j.population(), "a renamed optional key reads as missing: " + j.id());
            assertEquals(List.of(), old.evidenceOf(j.id()));
            assertEquals(now.findJurisdiction(j.id()).orElseThrow().tactics().stream().map(t -> t.id()).toList(),
                    j.tactics().stream().map(t -> t.id()).toList());
        }
        assertEquals(now.timeline().size(), old.timeline().size());
        assertTrue(old.timeline().stream().allMatch(e -> e.line() == 0), "a missing number reads as 0");
    }

    @Test
    void aBuildCarriesTheOlderReleaseForwardAndListsWhatChanged() throws IOException {
        Path staging = Files.createDirectory(dir.resolve("staging"));
        Atlas now = TestAtlas.seeds().atlas();
        DataExporter.export(now, TestAtlas.seeds().quality(), staging);
        ReleaseHistory history = ReleaseArchive.write(ReleaseArchive.read(OLD_SITE), now, staging);

        assertEquals(2, history.releases().size());
        assertEquals(OLD_ID, history.releases().getFirst().id());
        assertEquals(OLD_ID, history.changes().getFirst().previous());
        List<JurisdictionChange> changes = history.changes().getFirst().changes();
        assertEquals(now.jurisdictions().stream().filter(j -> j.population() != null).map(Jurisdiction::id).toList(),
                changes.stream().map(JurisdictionChange::id).toList(), "the population the old shape named otherwise");
        for (JurisdictionChange change : changes) {
            assertEquals("changed", change.kind());
            assertEquals(List.of(), change.tacticsAdded());
            assertEquals(List.of(), change.tacticsDropped());
            assertEquals("population", change.fieldsCorrected().getFirst().field(), change.toString());
            assertEquals("", change.fieldsCorrected().getFirst().from(), change.toString());
        }
        assertEquals(changes.size(), history.archived().size(), "each changed profile has its old version");
        for (ArchivedProfile archived : history.archived()) {
            assertEquals(OLD_ID, archived.release().id());
        }
        assertTrue(Files.isRegularFile(staging.resolve("data/releases/" + OLD_ID + "/all.json.gz")));
        ReleaseArchive.Published again = ReleaseArchive.read(staging);
        assertEquals(2, again.releases().size(), "the carried-forward history reads back");
    }

    @Test
    void whatNoShapeLeavesOutStillFailsWithTheFileNamed() throws IOException {
        String json = new String(frozenJson(), StandardCharsets.UTF_8).replace("\"id\": \"ct/hartford\"", "\"x\": 1");
        IOException failure = assertThrows(IOException.class, () -> AtlasJsonFile.readArchived(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data/releases/X/all.json.gz"));
        assertTrue(failure.getMessage().startsWith("data/releases/X/all.json.gz is not a valid"), failure.getMessage());
    }

    private static byte[] frozenJson() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                OLD_SITE.resolve("data/releases/" + OLD_ID + "/all.json.gz")))) {
            return in.readAllBytes();
        }
    }
}
