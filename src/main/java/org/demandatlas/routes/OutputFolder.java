package org.demandatlas.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandatlas.text.DataFiles;

/** Writes files into the output folder, refusing any path that would land outside it. */
final class SiteWriter {
    private final Path root;

    SiteWriter(Path outDir) {
        this.root = outDir.toAbsolutePath().normalize();
    }

    void writeText(String relativePath, String content) {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relativePath, byte[] content) {
        Path target = resolveInside(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies a class-path resource ({@code templates/assets/style.css}) into the site. */
    void copyResource(String resource, String relativePath) {
        write(relativePath, DataFiles.readBytes(SiteWriter.class, "/" + resource));
    }

    /** The absolute path of {@code relativePath}, which must stay inside the output folder. */
    Path resolveInside(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("not a relative output path: " + relativePath);
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + relativePath);
        }
        return target;
    }
}
