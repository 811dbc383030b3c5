package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.fixtures.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user would (after {@code mvn package} built {@code site/}): no progress without a
 * terminal (warnings only),
 * and byte-identical output in a Turkish locale, whose upper/lower-case rules break locale-sensitive code.
 */
class JarBuildIT {
    @Test
    void buildsTheSameSiteSilentlyInATurkishLocale(@TempDir Path dir) throws IOException, InterruptedException {
        Path basedir = ProjectFiles.basedir();
        Path packaged = Path.of(System.getProperty("atlas.site", basedir.resolve("site").toString()));
        Path turkish = dir.resolve("site");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Duser.language=tr", "-Duser.country=TR", "-jar",
                basedir.resolve("target/demand-atlas.jar").toString(), "build", "--seeds",
                ProjectFiles.seeds().toString(), "--out", turkish.toString())
                .directory(basedir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), output);
        assertEquals(List.of(), output.lines().filter(line -> !line.matches(".+:\\d+:\\d+: warning: .+")).toList());
        List<String> files = ProjectFiles.tree(packaged);
        assertEquals(files, ProjectFiles.tree(turkish));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(packaged.resolve(file)), Files.readAllBytes(turkish.resolve(file)),
                    file);
        }
    }
}
