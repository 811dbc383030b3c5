package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a killed build leaves beside the output folder {@code OUT}, cleaned up by the next build (see
 * {@link Staging} for how each folder is known as ours): a staging folder {@code OUT.tmp-xxxxxxxx} is deleted; a
 * backup {@code OUT.old-xxxxxxxx} is moved back into place when {@code OUT} is missing (the build died between its
 * two renames), else discarded. Each of these steps is safe to kill in turn: the next build goes on from there.
 * Nothing else is touched: a folder that only looks like ours is left alone.
 */
final class Leftovers {
    private Leftovers() {
    }

    /** Cleans up beside {@code target}, an absolute, normalised path. */
    static void recover(Path target) throws IOException {
        for (Path sibling : siblings(target)) {
            if (Staging.isStaging(sibling, target)) {
                Staging.deleteTree(sibling, BuildStep.LEFTOVER_DELETING);
                BuildStep.LEFTOVER_DELETED.reached();
            } else if (Staging.isBackup(sibling, target)) {
                restoreOrDiscard(sibling, target);
            }
        }
    }

    private static void restoreOrDiscard(Path backup, Path target) throws IOException {
        if (Files.exists(target)) {
            Staging.discard(backup, target);
        } else {
            Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            BuildStep.BACKUP_RESTORED.reached();
        }
    }

    /** The folders beside {@code target}, backups ({@code .old-}) before staging folders ({@code .tmp-}). */
    private static List<Path> siblings(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target.getParent())) {
            return entries.sorted().toList();
        }
    }
}
