package org.demandatlas.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes files into a site folder, refusing any path that would land outside it: the one way the render, export
 * and static-search stages write. Their I/O policy, in one place:
 * <ul>
 *   <li>writing declares {@link IOException}, which reaches the build, which reports it ("cannot write …") and
 *       leaves the previous site as it was;</li>
 *   <li>work in memory that cannot fail for reasons of I/O (Lucene on a heap directory, analysing a string, JSON to
 *       bytes) throws {@link UncheckedIOException} naming what failed: it would be our bug;</li>
 *   <li>writes in parallel go through {@link #eachInParallel}, which wraps and unwraps once.</li>
 * </ul>
 */
public final class OutputFolder {
    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public void writeText(String file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code file} (relative to the folder, {@code ct/hartford/index.html}), creating its folders. */
    public void write(String file, byte[] content) throws IOException {
        Files.write(prepare(file), content);
    }

    /** The path of {@code file} inside the folder, its parent folders created, for writers that stream. */
    public Path prepare(String file) throws IOException {
        Path target = resolveInside(file);
        Files.createDirectories(target.getParent());
        return target;
    }

    /** The absolute path of {@code file}, which must stay inside the output folder. */
    public Path resolveInside(String file) {
        if (file.isEmpty() || file.startsWith("/") || file.contains("\\")) {
            throw new IllegalArgumentException("not a relative output path: " + file);
        }
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + file);
        }
        return target;
    }

    /** A write of one item that may fail. */
    @FunctionalInterface
    public interface Write<T> {
        void accept(T item) throws IOException;
    }

    /** Runs {@code write} on every item of a (parallel) stream; the first {@link IOException} is thrown as is. */
    public static <T> void eachInParallel(Stream<T> items, Write<T> write) throws IOException {
        try {
            items.forEach(item -> {
                try {
                    write.accept(item);
                } catch (IOException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped e) {
            throw e.getCause();
        }
    }

    /** An {@link IOException} of a write, on its way out of a stream. */
    private static final class Wrapped extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        Wrapped(IOException cause) {
            super(cause);
        }
    }
}
