package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.demandatlas.routes.DataFile;

/**
 * Replaces the output folder all at once, in named {@link BuildStep}s: the new site is written into a marked
 * sibling {@code OUT.tmp-T}; the marker is removed (the folder is still known as ours by {@link #MARKER}); the old
 * site is renamed to {@code OUT.old-T}, the new one renamed into place, and the old one renamed to a fresh staging
 * name and deleted. When writing fails, the staging folder is removed and the previous site is left exactly as it
 * was. When the process is killed at any point, the next build removes what was left behind and, if it was killed
 * between the two renames, puts the old site back (see {@link Leftovers}); the published site never holds the
 * staging marker.
 */
final class SiteFolder {
    /** A file every site we build has; a non-empty folder without it is not ours to replace. */
    static final String MARKER = DataFile.ALL_JSON.file();

    @FunctionalInterface
    interface Writer {
        void write(Path staging) throws IOException;
    }

    private SiteFolder() {
    }

    /** Why {@code out} must not be replaced, or null when it may be. */
    static String refusal(Path out) {
        if (out.toAbsolutePath().normalize().getParent() == null) {
            return "refusing to replace the root folder (expected --out to name a folder for the site)";
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return DisplayPaths.of(out) + " is a file (expected a folder for the site)";
        }
        if (Files.isDirectory(out) && !Files.isRegularFile(out.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(out)) {
                return entries.findAny().isEmpty() ? null : "refusing to replace " + DisplayPaths.of(out)
                        + ": it is not a Demand Atlas site (expected an empty folder or one holding " + MARKER + ")";
            } catch (IOException e) {
                return "cannot read " + DisplayPaths.of(out) + ": " + e.getClass().getSimpleName();
            }
        }
        return null;
    }

    static void replace(Path out, Writer writer) throws IOException {
        Path target = prepare(out);
        Path staging = Staging.create(target);
        try {
            writer.write(staging);
            Files.delete(staging.resolve(Staging.MARKER));
            BuildStep.MARKER_REMOVED.reached();
            swap(staging, target, Staging.backupOf(staging, target));
        } finally {
            Staging.deleteTree(staging);
        }
    }

    /**
     * Puts files beside {@code out} (never into it), each replaced atomically: they are written into a staging
     * folder, then renamed to their place. {@code files} maps a path beside {@code out} to its content.
     */
    static void placeBeside(Path out, Map<Path, byte[]> files) throws IOException {
        Path target = prepare(out);
        Path staging = Staging.create(target);
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Files.write(staging.resolve(file.getKey().getFileName()), file.getValue());
            }
            BuildStep.FAILED_REPORT_WRITTEN.reached();
            for (Path file : files.keySet()) {
                Files.move(staging.resolve(file.getFileName()), file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            BuildStep.FAILED_REPORT_MOVED.reached();
        } finally {
            Staging.deleteTree(staging);
        }
    }

    /** The absolute output folder, with its parent created and a killed build's leftovers cleaned up. */
    private static Path prepare(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Leftovers.recover(target);
        return target;
    }

    private static void swap(Path staging, Path target, Path backup) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            BuildStep.NEW_SITE_MOVED.reached();
            return;
        }
        Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
        BuildStep.OLD_SITE_MOVED.reached();
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        BuildStep.NEW_SITE_MOVED.reached();
        Staging.discard(backup, target);
    }
}
