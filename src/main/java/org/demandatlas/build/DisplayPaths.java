package org.demandatlas.build;

import java.io.File;
import java.nio.file.Path;

/**
 * How files are named in messages and in the data: relative to the working directory as the user gave them
 * ({@code seeds/x.txt}), with {@code /} separators on every platform, so that output does not depend on where the
 * checkout lives.
 */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path path) {
        Path shown = path.normalize();
        if (shown.isAbsolute()) {
            Path workingDir = Path.of("").toAbsolutePath().normalize();
            if (shown.startsWith(workingDir) && !shown.equals(workingDir)) {
                shown = workingDir.relativize(shown);
            }
        }
        String text = shown.toString().replace(File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }
}
