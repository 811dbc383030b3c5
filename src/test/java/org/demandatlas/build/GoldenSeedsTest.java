package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.export.ParsedDocumentJson;
import org.demandatlas.fixtures.ProjectFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the parser makes of each committed seed, compared exactly with {@code src/test/resources/golden/<stem>.json}.
 * After an intended parser change: {@code mvn test -Dtest=GoldenSeedsTest -Dgolden.update=true}, then review the
 * diff of the golden files.
 */
class GoldenSeedsTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = ProjectFiles.basedir().resolve("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everySeedParsesAsItsGoldenFile() throws IOException {
        List<Path> seeds = ProjectFiles.seedFiles();
        assertEquals(5, seeds.size(), "seeds found: " + seeds);
        SeedReader reader = new SeedReader(SeedParsers.standard());
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            String actual = new String(ParsedDocumentJson.toBytes(reader.read(seed)), StandardCharsets.UTF_8);
            Path golden = GOLDEN.resolve(stem(seed) + ".json");
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
        }));
    }

    private static String stem(Path seed) {
        String name = seed.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
