package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.SampleAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.routes.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExporterTest {
    private final AtlasPipeline.Result built = SampleAtlas.built();
    private final Atlas atlas = built.atlas();

    @Test
    void writesTheContractFiles(@TempDir Path site) throws IOException {
        DataExporter.export(atlas, built.quality(), site);

        assertEquals(List.of("compare/ct.js", "data/all.json", "data/all.schema.json", "data/citations.csv",
                "data/evidence.csv", "data/jurisdictions.csv", "data/quality.json", "explore/data.js"), files(site));
        assertArrayEquals(AtlasJsonFile.toBytes(atlas), Files.readAllBytes(site.resolve("data/all.json")));
    }

    @Test
    void thePageJsonOfAJurisdictionIsItsRecordInAllJson() {
        Jurisdiction hartford = atlas.findJurisdiction("ct/hartford").orElseThrow();
        assertArrayEquals(AtlasJsonFile.toBytes(hartford, atlas.evidenceOf("ct/hartford")),
                PageOutputs.writers(atlas).get(OutputFormat.JSON).apply(hartford));
    }

    @Test
    void jurisdictionsCsvHasOneSafeRowPerJurisdiction(@TempDir Path site) throws IOException {
        DataExporter.export(atlas, built.quality(), site);

        assertEquals("""
                id,name,state,state_name,type,population,curated,url,tactics,partners,citations,documents\r
                ct/hartford,Hartford,CT,Connecticut,city,124563,true,/ct/hartford/,reverse-stings;crystal-balls,\
                aids-project-hartford;community-court-hartford,2,ct-hartford-profile\r
                ct/west-hartford,West Hartford,CT,Connecticut,,,false,/ct/west-hartford/,,,0,\
                ct-west-hartford-article\r
                """, csv(site, "data/jurisdictions.csv"));
    }

    @Test
    void citationsCsvHasOneRowPerCitationInProfileOrder(@TempDir Path site) throws IOException {
        DataExporter.export(atlas, built.quality(), site);

        assertEquals("""
                jurisdiction,key,url,category,tactics,title,publisher,date\r
                ct/hartford,ct/hartford#source-1,/ct/hartford/#source-1,\
                "Street-Level Reverse Stings, Identity Disclosure",reverse-stings;identity-disclosure,\
                Cops Nab Prostitutes’ Customers,New London Day,1998-05-25\r
                ct/hartford,ct/hartford#source-2,/ct/hartford/#source-2,\
                "Street-Level Reverse Stings, Identity Disclosure",reverse-stings;identity-disclosure,\
                Sting Nets 40,CBS/WFSB-TV 3,2007-06\r
                """, csv(site, "data/citations.csv"));
    }

    @Test
    void evidenceCsvHasOneRowPerJurisdictionAndTactic(@TempDir Path site) throws IOException {
        DataExporter.export(atlas, built.quality(), site);

        List<String> rows = csv(site, "data/evidence.csv").lines().toList();
        assertEquals("jurisdiction,tactic,level,listed,described,cited,sentence_count,citation_count", rows.get(0));
        assertEquals(atlas.jurisdictions().stream().mapToInt(j -> atlas.evidenceOf(j.id()).size()).sum(),
                rows.size() - 1);
        assertTrue(rows.contains("ct/hartford,reverse-stings,corroborated,true,false,true,0,2"), rows.toString());
    }

    /** A CSV file's text after its byte order mark, which every CSV file starts with (for Excel). */
    static String csv(Path site, String file) throws IOException {
        String text = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), file + " starts with a byte order mark");
        return text.substring(1);
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
