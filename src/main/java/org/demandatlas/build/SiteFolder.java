package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;
import org.demandatlas.routes.DataFile;

/**
 * Replaces the output folder all at once: the new site is written into a sibling {@code OUT.tmp-…}, then the old
 * site is renamed to {@code OUT.old-…}, the new one renamed into place and the old one deleted. When writing fails,
 * the staging folder is removed and the previous site is left exactly as it was. When the process is killed, the
 * next build removes what was left behind and, if it was killed between the two renames, puts the old site back
 * (see {@link Leftovers}).
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
        Path target = out.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(target.getParent());
        Leftovers.recover(target);
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path staging = Files.createDirectory(parent.resolve(target.getFileName() + ".tmp-" + token));
        Path marker = Files.createFile(staging.resolve(Leftovers.STAGING_MARKER));
        try {
            writer.write(staging);
            Files.delete(marker);
            swap(staging, target, parent.resolve(target.getFileName() + ".old-" + token));
        } finally {
            deleteTree(staging);
        }
    }

    private static void swap(Path staging, Path target, Path backup) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(backup);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
