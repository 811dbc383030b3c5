package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayPathsTest {
    private final Path workingDir = Path.of("").toAbsolutePath();

    @Test
    void namesFilesAsGivenRelativeToTheWorkingDirectory() {
        assertEquals("seeds/x.txt", DisplayPaths.of(Path.of("seeds/x.txt")));
        assertEquals("seeds/x.txt", DisplayPaths.of(Path.of("./seeds/../seeds/x.txt")));
        assertEquals("seeds/x.txt", DisplayPaths.of(workingDir.resolve("seeds/x.txt")));
        assertEquals("/elsewhere/x.txt", DisplayPaths.of(Path.of("/elsewhere/x.txt")));
        assertEquals("../x.txt", DisplayPaths.of(Path.of("../x.txt")));
        assertEquals(".", DisplayPaths.of(workingDir));
    }
}
