package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MementoLinksTest {
    @TempDir
    Path site;

    @Test
    void aProfileNamesItsArchivedVersionsAndAnArchivedPageItsOriginal() throws IOException {
        Path profile = write("ct/hartford/index.html");
        Path archived = write("ct/hartford/as-of-2017-01-11-20dae1e6/index.html");
        write("ct/hartford/as-of-2016-4ee1a2b3/index.html");
        MementoLinks links = new MementoLinks(site);

        String gate = "</timegate/ct/hartford/>; rel=\"timegate\", </timemap/ct/hartford/>; rel=\"timemap\"; "
                + "type=\"application/link-format\", ";
        assertEquals(Optional.of(new MementoLinks.Hints(gate
                + "</ct/hartford/as-of-2016-4ee1a2b3/>; rel=\"memento\"; datetime=\"Fri, 01 Jan 2016 00:00:00 GMT\", "
                        + "</ct/hartford/as-of-2017-01-11-20dae1e6/>; rel=\"memento\"; "
                        + "datetime=\"Wed, 11 Jan 2017 00:00:00 GMT\"", null)), links.of(profile, 1));
        assertEquals(Optional.of(new MementoLinks.Hints("</ct/hartford/>; rel=\"original\", " + gate
                        + "</ct/hartford/as-of-2017-01-11-20dae1e6/>; rel=\"memento\"; "
                        + "datetime=\"Wed, 11 Jan 2017 00:00:00 GMT\"", "Wed, 11 Jan 2017 00:00:00 GMT")),
                links.of(archived, 1));
    }

    @Test
    void otherPagesAndUnchangedProfilesHaveNone() throws IOException {
        MementoLinks links = new MementoLinks(site);
        assertTrue(links.of(write("ct/waterbury/index.html"), 1).isEmpty());
        assertTrue(links.of(write("tactics/index.html"), 1).isEmpty());
        assertTrue(links.of(write("data/all.json"), 1).isEmpty());
    }

    @Test
    void theHintsAreFoundAgainWhenTheFileChanges() throws IOException {
        Path profile = write("ct/hartford/index.html");
        MementoLinks links = new MementoLinks(site);
        assertTrue(links.of(profile, 1).isEmpty());
        write("ct/hartford/as-of-2017-01-11-20dae1e6/index.html");
        assertTrue(links.of(profile, 1).isEmpty(), "kept while the file is the same");
        assertTrue(links.of(profile, 2).isPresent(), "found again for a new build's file");
    }

    private Path write(String file) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "x");
    }
}
