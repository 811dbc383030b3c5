package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionInfoTest {
    @Test
    void namesTheDataDateOfTheSiteAndWhereItComesFrom(@TempDir Path site) throws IOException {
        Path allJson = site.resolve("data/all.json");
        Files.createDirectories(allJson.getParent());
        Files.writeString(allJson, "{\"jurisdictions\": [{\"dataDate\": \"1999-01-01\"}], \"documents\": [],"
                + " \"dataDate\": \"2017-01-11\"}");

        assertEquals("data 2017-01-11 (" + allJson + ")", new VersionInfo(site).getVersion()[2]);
    }

    @Test
    void saysWhenTheDataDateIsUnknown(@TempDir Path dir) throws IOException {
        Path allJson = dir.resolve("site/data/all.json");
        assertEquals("data unknown (no " + allJson + " here; build the site first)",
                new VersionInfo(dir.resolve("site")).getVersion()[2]);
        Files.createDirectories(allJson.getParent());
        Files.writeString(allJson, "{\"dataDate\": null}");
        assertEquals("data none (no dated statement in the seeds) (" + allJson + ")",
                new VersionInfo(dir.resolve("site")).getVersion()[2]);
        Files.writeString(allJson, "[1, 2]");
        assertEquals("data unknown (" + allJson + " is not a valid Demand Atlas data file: not a JSON object)",
                new VersionInfo(dir.resolve("site")).getVersion()[2]);
    }
}
