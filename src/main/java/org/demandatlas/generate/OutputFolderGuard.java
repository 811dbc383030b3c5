package org.demandatlas.generate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps synthetic data away from real data: the output folder must not be, nor lie inside, a {@code seeds}
 * folder (after resolving {@code ..} and symbolic links), and may hold nothing but files the generator wrote.
 */
final class OutputFolderGuard {
    static final Pattern GENERATED = Pattern.compile("synthetic-(\\d{6,7})\\.txt");
    private static final String SEEDS = "seeds";

    private OutputFolderGuard() {
    }

    /** Every reason not to write into {@code folder}; empty when it is safe. */
    static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        try {
            if (insideSeeds(folder)) {
                problems.add(folder + ": error: refusing to write synthetic profiles into a seeds folder"
                        + " (expected a folder outside seeds/)");
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                problems.add(folder + ": error: not a folder (expected a folder or a path that does not exist yet)");
            } else if (Files.isDirectory(folder)) {
                foreignEntries(folder, problems);
            }
        } catch (IOException e) {
            problems.add(folder + ": error: cannot inspect the folder: " + e.getMessage());
        }
        return problems;
    }

    /** Deletes generated files numbered above {@code count}, left by a larger earlier run; returns how many. */
    static int removeBeyond(Path folder, int count) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher matcher = GENERATED.matcher(entry.getFileName().toString());
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) > count) {
                    Files.delete(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void foreignEntries(Path folder, List<String> problems) throws IOException {
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!GENERATED.matcher(name).matches() || !Files.isRegularFile(entry)) {
                    foreign.add(name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            problems.add(folder + ": error: holds " + foreign.size() + (foreign.size() == 1 ? " entry" : " entries")
                    + " the generator did not write, such as " + foreign.getFirst()
                    + " (expected an empty folder or one with only synthetic-NNNNNN.txt files)");
        }
    }

    /** Whether the folder, with links of its existing part resolved, has a path element named {@code seeds}. */
    private static boolean insideSeeds(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path resolved = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        for (Path element : resolved) {
            if (element.toString().toLowerCase(Locale.ROOT).equals(SEEDS)) {
                return true;
            }
        }
        return false;
    }
}
