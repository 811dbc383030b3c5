package org.demandatlas.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.fixtures.ProjectFiles;
import org.junit.jupiter.api.Test;

/** {@code CITATION.cff} is a Citation File Format 1.2.0 file whose version is the project's. */
class CitationFileTest {
    @Test
    void citationFileNamesTheProjectAndItsVersion() throws IOException {
        List<String> lines = Files.readAllLines(ProjectFiles.basedir().resolve("CITATION.cff"), StandardCharsets.UTF_8);
        assertEquals("cff-version: 1.2.0", lines.get(0));
        for (String key : List.of("message:", "title:", "authors:", "version:", "type:")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(key)), "CITATION.cff has no " + key);
        }
        String pom = Files.readString(ProjectFiles.basedir().resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>demand-atlas</artifactId>\\s*<version>([^<]+)")
                .matcher(pom);
        assertTrue(version.find(), "the pom has a version");
        assertTrue(lines.contains("version: " + version.group(1)), "CITATION.cff's version is the pom's");
    }
}
