package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folders a build works in beside the site {@code OUT} and how they stay recognisable as ours at every moment,
 * even when the process is killed: {@code OUT.tmp-xxxxxxxx} (staging, and a previous site on its way out) holds
 * the {@value #MARKER} file, or {@link SiteFolder#MARKER} once the marker is removed before the swap, or no file
 * at all (killed right after it was created, or while its last folders were deleted). {@code OUT.old-xxxxxxxx}
 * is the previous site during the swap. Trees are deleted with those marker files last, so a half-deleted folder
 * is still known as ours. A folder with the name but none of this is not ours and is never touched.
 */
final class Staging {
    static final String MARKER = ".demand-atlas-staging";
    private static final String STAGING = ".tmp-";
    private static final String BACKUP = ".old-";

    private Staging() {
    }

    /** A new, marked staging folder beside {@code target} (absolute), with the token its backup will share. */
    static Path create(Path target) throws IOException {
        Path staging = Files.createDirectory(sibling(target, STAGING, newToken()));
        BuildStep.STAGING_CREATED.reached();
        Files.createFile(staging.resolve(MARKER));
        BuildStep.MARKER_WRITTEN.reached();
        return staging;
    }

    /** The backup name of the site a staging folder replaces: {@code OUT.old-T} for {@code OUT.tmp-T}. */
    static Path backupOf(Path staging, Path target) {
        String name = staging.getFileName().toString();
        return sibling(target, BACKUP, name.substring(name.length() - 8));
    }

    static boolean isStaging(Path folder, Path target) {
        return hasName(folder, target, STAGING) && (Files.isRegularFile(folder.resolve(MARKER))
                || Files.isRegularFile(folder.resolve(SiteFolder.MARKER)) || holdsNoFile(folder));
    }

    static boolean isBackup(Path folder, Path target) {
        return hasName(folder, target, BACKUP)
                && (Files.isRegularFile(folder.resolve(SiteFolder.MARKER)) || holdsNoFile(folder));
    }

    /** Renames a previous site to a fresh staging name, where it can only be deleted, then deletes it. */
    static void discard(Path backup, Path target) throws IOException {
        Path doomed = Files.move(backup, sibling(target, STAGING, newToken()), StandardCopyOption.ATOMIC_MOVE);
        BuildStep.BACKUP_RENAMED.reached();
        deleteTree(doomed, BuildStep.BACKUP_DELETING);
        BuildStep.BACKUP_DELETED.reached();
    }

    /** Deletes a folder of ours, as {@link #deleteTree(Path, BuildStep)} does, passing no step. */
    static void deleteTree(Path root) throws IOException {
        deleteTree(root, null);
    }

    /**
     * Deletes a folder of ours in {@link #deletionOrder}; {@code started} (when not null) is reached after the first
     * entry is gone.
     */
    static void deleteTree(Path root, BuildStep started) throws IOException {
        List<Path> order = deletionOrder(root);
        for (int i = 0; i < order.size(); i++) {
            Files.delete(order.get(i));
            if (i == 0 && started != null) {
                started.reached();
            }
        }
    }

    /**
     * Every file of {@code root} but the marker files, then the marker files, then the folders, deepest first
     * ({@code root} last), so that a deletion stopped anywhere leaves a folder still known as ours. Symbolic links
     * are entries like files: deleted, never followed. Empty when {@code root} does not exist.
     */
    static List<Path> deletionOrder(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p));
        }
        List<Path> markers = List.of(root.resolve(MARKER), root.resolve(SiteFolder.MARKER));
        files.sort(Comparator.comparing(markers::contains));
        files.addAll(folders.reversed());
        return files;
    }

    private static boolean hasName(Path folder, Path target, String kind) {
        String name = folder.getFileName().toString();
        String prefix = target.getFileName() + kind;
        return name.length() == prefix.length() + 8 && name.startsWith(prefix)
                && name.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
                && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean holdsNoFile(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sibling(Path target, String kind, String token) {
        return target.resolveSibling(target.getFileName() + kind + token);
    }

    private static String newToken() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
