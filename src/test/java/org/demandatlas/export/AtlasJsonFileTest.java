package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.fixtures.SampleAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StatuteRef;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasJsonFileTest {
    private final Atlas atlas = SampleAtlas.atlas();

    @Test
    void readingWhatWasWrittenGivesTheAtlasAsPublished() throws IOException {
        Atlas read = read(AtlasJsonFile.toBytes(atlas));

        assertEquals(published(atlas), read);
        assertArrayEquals(AtlasJsonFile.toBytes(atlas), AtlasJsonFile.toBytes(read));
    }

    /** all.json is written one record at a time; it must be the bytes of the whole contract tree, null date too. */
    @Test
    void theStreamedFileIsTheContractTreesBytes(@TempDir Path dir) throws IOException {
        Atlas undated = new Atlas(new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), null),
                java.util.Map.of(), List.of(), List.of());
        for (Atlas written : List.of(atlas, undated)) {
            Path file = dir.resolve("all.json");
            AtlasJsonFile.write(written, file);
            assertArrayEquals(JsonFormat.toBytes(ContractWriter.atlas(written)), Files.readAllBytes(file));
        }
    }

    @Test
    void printsOneJurisdictionInContractOrderWithUnixLineEndsAndAFinalNewline() {
        Jurisdiction westHartford = atlas.findJurisdiction("ct/west-hartford").orElseThrow();

        assertEquals("""
                {
                  "id": "ct/west-hartford",
                  "name": "West Hartford",
                  "state": {
                    "code": "CT",
                    "name": "Connecticut"
                  },
                  "type": null,
                  "population": null,
                  "url": "/ct/west-hartford/",
                  "curated": false,
                  "tactics": [],
                  "partners": [],
                  "sources": [],
                  "narrative": [],
                  "documents": [
                    "ct-west-hartford-article"
                  ],
                  "evidence": []
                }
                """, new String(AtlasJsonFile.toBytes(westHartford, atlas.evidenceOf(westHartford.id())),
                StandardCharsets.UTF_8));
    }

    @Test
    void topLevelKeysComeInContractOrder() {
        String json = new String(AtlasJsonFile.toBytes(atlas), StandardCharsets.UTF_8);

        List<String> topLevelKeys = json.lines().filter(line -> line.matches("  \"\\w+\":.*"))
                .map(line -> line.substring(3, line.indexOf('"', 3))).toList();
        assertEquals(List.of("jurisdictions", "documents", "tactics", "partners", "states", "dataDate", "timeline",
                "statutes"),
                topLevelKeys);
        assertEquals(-1, json.indexOf('\r'));
    }

    @Test
    void anInvalidFileIsReportedWithItsNameAndReason() {
        IOException unknownKey = assertThrows(IOException.class, () -> AtlasJsonFile.read(
                stream("{\"jurisdictions\":[],\"documents\":[],\"tactics\":[],\"partners\":[],\"states\":[],"
                        + "\"dataDate\":null,\"timeline\":[],\"statutes\":[],\"extra\":1}"), "site/data/all.json"));
        IOException badSlug = assertThrows(IOException.class, () -> AtlasJsonFile.read(stream(
                new String(AtlasJsonFile.toBytes(atlas), StandardCharsets.UTF_8)
                        .replace("\"ct-press-release\"", "\"../etc\"")), "all.json"));

        assertEquals("site/data/all.json is not a valid Demand Atlas data file: Unrecognized property \"extra\"",
                unknownKey.getMessage().substring(0, unknownKey.getMessage().indexOf(" (class")));
        assertEquals("all.json is not a valid Demand Atlas data file: not a safe slug: ../etc",
                badSlug.getMessage());
    }

    private static Atlas read(byte[] bytes) throws IOException {
        return AtlasJsonFile.read(new ByteArrayInputStream(bytes), "test");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The atlas as the contract carries it: no seed line numbers (but those of evidence sentences and timeline
     * events), citations as their title, no evidence phrases in the taxonomy.
     */
    static Atlas published(Atlas atlas) {
        Catalog catalog = new Catalog(atlas.jurisdictions().stream().map(AtlasJsonFileTest::published).toList(),
                atlas.documents().stream().map(d -> new Document(d.id(), d.kind(), d.classification(), d.file(),
                        d.sha256(), d.title(), d.jurisdiction(), d.date(), published(d.body()))).toList(),
                atlas.tactics().stream().map(t -> new TacticEntry(new TacticDefinition(t.tactic().id(),
                        t.tactic().name(), t.tactic().definition(), t.tactic().synonyms(), List.of()),
                        t.jurisdictions())).toList(),
                atlas.partners(), atlas.states(), atlas.dataDate());
        return new Atlas(catalog, atlas.evidence(), atlas.timeline(), atlas.statutes().stream()
                .map(s -> new StatuteRef(s.state(), s.section(), s.subsection(), s.rangeEnd(), s.asWritten(), s.url(),
                        s.document(), s.file(), 0)).toList());
    }

    private static Jurisdiction published(Jurisdiction j) {
        return new Jurisdiction(j.id(), j.name(), j.state(), j.type(), j.population(), j.curated(),
                j.tactics().stream().map(t -> new TacticUse(t.id(), t.name(), t.asWritten(), t.known(), 0)).toList(),
                j.partners().stream().map(p -> new Partner(p.id(), p.name(), 0)).toList(),
                j.sources().stream().map(s -> new SourceCategory(s.category(), s.tactics(), s.citations().stream()
                        .map(c -> new Citation(c.title(), c.publisher(), c.date(), c.title(), 0)).toList(), 0))
                        .toList(),
                published(j.narrative()), j.documents());
    }

    private static List<Block> published(List<Block> blocks) {
        return blocks.stream().map(b -> new Block(b.kind(), b.text(), 0)).toList();
    }
}
