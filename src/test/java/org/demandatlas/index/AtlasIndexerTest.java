package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.StoredFields;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasIndexerTest {
    @Test
    void oneSegmentWhoseDocIdsAreTheEntryOrdinals() throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(SyntheticAtlas.generate(300, 1))) {
            assertEquals(1, index.reader().leaves().size());
            assertEquals(index.entries().size(), index.reader().maxDoc());
            StoredFields stored = index.reader().storedFields();
            for (int doc = 0; doc < index.reader().maxDoc(); doc++) {
                assertEquals(index.entry(doc).id(), stored.document(doc).get(SearchFields.ID));
            }
        }
    }

    @Test
    void jurisdictionsThenDocumentsThatAreNotProfilesThenTacticsPartnersAndCitations() throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(TestAtlas.seeds().atlas())) {
            List<String> ids = index.entries().stream().map(SearchEntry::id).toList();
            assertEquals(List.of("ct/hartford", "ct/waterbury", "ct/west-hartford", "ct/windsor-locks",
                    "ct-press-release", "ct-west-hartford-article", "tactic:auto-seizure"), ids.subList(0, 7));
            assertEquals(List.of("partner:aids-project-hartford", "citation:ct/waterbury#source-1"),
                    List.of(ids.get(6 + 15), ids.get(6 + 15 + 4)));
            assertEquals(6 + 15 + 4 + 16, ids.size(), "16 distinct citations");
            SearchEntry release = index.entry(4);
            assertEquals(List.of("press-release", "CT", "state", "Connecticut"),
                    List.of(release.kind(), release.state(), release.type(), release.stateName()));
            SearchEntry hartford = index.entry(0);
            assertTrue(hartford.partners().contains("End Demand Connecticut"), hartford.partners().toString());
            assertEquals("Buyer Arrests", hartford.tacticNames().get(0));
        }
    }

    @Test
    void anIndexDirectoryGivesTheSameResults(@TempDir Path dir) throws IOException {
        SearchQuery query = SearchQuery.of("john stings");
        try (AtlasIndex memory = new AtlasIndexer().build(TestAtlas.seeds().atlas());
             AtlasIndex disk = new AtlasIndexer().build(TestAtlas.seeds().atlas(), dir.resolve("index"))) {
            assertEquals(new SearchService(memory).search(query), new SearchService(disk).search(query));
            try (Stream<Path> files = Files.list(dir.resolve("index"))) {
                assertTrue(files.findAny().isPresent());
            }
        }
    }
}
