package org.demandatlas.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a killed build leaves next to the output folder {@code OUT}, cleaned up by the next build: staging folders
 * {@code OUT.tmp-xxxxxxxx} (recognised by the {@value #STAGING_MARKER} file created first in each) are deleted;
 * a backup {@code OUT.old-xxxxxxxx} holding a site ({@link SiteFolder#MARKER}) is moved back into place when
 * {@code OUT} is missing (the build died between its two renames), else deleted. Nothing else is touched: a
 * folder that only looks like ours, without the marker, is left alone.
 */
final class Leftovers {
    static final String STAGING_MARKER = ".demand-atlas-staging";

    private Leftovers() {
    }

    static void recover(Path target) throws IOException {
        String name = Pattern.quote(target.getFileName().toString());
        Pattern staging = Pattern.compile(name + "\\.tmp-[0-9a-f]{8}");
        Pattern backup = Pattern.compile(name + "\\.old-[0-9a-f]{8}");
        for (Path sibling : siblings(target)) {
            String sibName = sibling.getFileName().toString();
            if (staging.matcher(sibName).matches() && Files.isRegularFile(sibling.resolve(STAGING_MARKER))) {
                SiteFolder.deleteTree(sibling);
            } else if (backup.matcher(sibName).matches() && Files.isRegularFile(sibling.resolve(SiteFolder.MARKER))) {
                restoreOrDelete(sibling, target);
            }
        }
    }

    private static void restoreOrDelete(Path backup, Path target) throws IOException {
        if (Files.exists(target)) {
            SiteFolder.deleteTree(backup);
        } else {
            Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static List<Path> siblings(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target.getParent())) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }
}
