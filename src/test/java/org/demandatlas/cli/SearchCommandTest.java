package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.fixtures.TestAtlas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void builtSite() throws IOException {
        Files.createDirectories(site.resolve("data"));
        AtlasJsonFile.write(TestAtlas.seeds().atlas(), site.resolve("data/all.json"));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), Stream.concat(Stream.of("search"),
                Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void printsRankScoreNameAndUrl() {
        assertEquals(0, run("Operation Cupid", "--site", site.toString(), "--limit", "2"));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].matches(" 1 +[0-9]+\\.[0-9]{4}  Windsor Locks  /ct/windsor-locks/"), lines[0]);
        assertTrue(lines[1].startsWith("      Curated profile \u00b7 described in "), lines[1]);
        assertTrue(lines[2].startsWith("      p-3: ") && lines[2].contains("*Operation Cupid*"), lines[2]);
        assertTrue(out.toString().contains("\n 2 "), out.toString());
        assertTrue(out.toString().contains("\n2 of 6 results\ngroups: places 3, tactics 2, documents 1\ntactic: "),
                out.toString());
        assertTrue(out.toString().contains("\nstate: CT 4\n"), out.toString());
    }

    @Test
    void filtersAndJson() {
        assertEquals(0, run("", "--tactic", "web-stings", "--state", "CT", "--type", "city", "--json",
                "--site", site.toString()));
        assertTrue(out.toString().startsWith("{\"query\":\"\",\"total\":3,"), out.toString());
    }

    @Test
    void aBrokenDataFileIsAnIoFailure() throws IOException {
        Files.writeString(site.resolve("data/all.json"), "{\"jurisdictions\": 3}");
        assertEquals(3, run("x", "--site", site.toString()));
        assertTrue(err.toString().startsWith("search: " + site.resolve("data/all.json")
                + " is not a valid Demand Atlas data file: "), err.toString());
    }

    @Test
    void badOptionsAndMissingSiteAreUsageErrors() {
        assertEquals(2, run("x", "--state", "Connecticut", "--site", site.toString()));
        assertEquals("search: state must be two-letter state codes such as CT, was 'CONNECTICUT'\n", err.toString());
        err.getBuffer().setLength(0);
        Path missing = site.resolve("nowhere");
        assertEquals(2, run("x", "--site", missing.toString()));
        assertEquals("search: " + missing.resolve("data").resolve("all.json")
                + " not found (build the site first: demand-atlas build)\n", err.toString());
    }
}
