package org.demandatlas.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data files that ship inside the jar (taxonomy, states, site settings, ranking, word lists, templates): one way
 * to open them and one message when one is missing. A name without a leading {@code /} is beside the anchor class
 * ({@code taxonomy.json} beside {@code ReferenceData}); with it, from the class path root ({@code /templates/…}).
 * A missing or unreadable data file is a packaging bug, so it throws rather than returning a problem.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** The bytes of a data file. */
    public static byte[] readBytes(Class<?> anchor, String name) {
        try (InputStream in = open(anchor, name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The text of a data file (UTF-8). */
    public static String readText(Class<?> anchor, String name) {
        return new String(readBytes(anchor, name), StandardCharsets.UTF_8);
    }

    /** The lines of a list file, stripped, without blank lines and {@code #} comments. */
    public static List<String> readList(Class<?> anchor, String name) {
        return readText(anchor, name).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** A JSON data file read strictly ({@link JsonMappers#strict()}: unknown keys fail). */
    public static <T> T readJson(Class<?> anchor, String name, Class<T> type) {
        try (InputStream in = open(anchor, name)) {
            return JsonMappers.strict().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Opens a data file; the caller closes the stream. */
    public static InputStream open(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " (expected in the jar beside "
                    + anchor.getName() + ")");
        }
        return in;
    }
}
