package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * The seeds of a folder: its {@code *.txt} regular files, sorted by name. Everything else in it is reported, never
 * skipped silently: other files and sub-folders get a warning.
 */
final class SeedFolder {
    static final String SEED_SUFFIX = ".txt";

    private SeedFolder() {
    }

    record Listing(List<Path> seeds, List<Problem> problems) {
    }

    static Listing list(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> stream = Files.list(folder)) {
            entries = stream.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        List<Path> seeds = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path entry : entries) {
            String name = DisplayPaths.of(entry);
            if (Files.isDirectory(entry)) {
                problems.add(Problem.warning(ProblemKind.FOLDER, name, 0, 0,
                        "folder ignored (expected .txt seeds directly in "
                        + DisplayPaths.of(folder) + ", not in sub-folders)"));
            } else if (!Files.isRegularFile(entry) || !entry.getFileName().toString().endsWith(SEED_SUFFIX)) {
                problems.add(Problem.warning(ProblemKind.FOLDER, name, 0, 0, "not a .txt seed; ignored"));
            } else {
                seeds.add(entry);
            }
        }
        if (seeds.isEmpty()) {
            problems.add(Problem.error(ProblemKind.FOLDER, DisplayPaths.of(folder), 0, 0,
                    "no seeds found (expected .txt files)"));
        }
        return new Listing(List.copyOf(seeds), List.copyOf(problems));
    }
}
