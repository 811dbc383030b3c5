package org.demandatlas.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.Properties;

/** Media types by file extension, read from {@code content-types.properties} beside this class. */
final class ContentTypes {
    static final String FALLBACK = "application/octet-stream";
    private final Properties types = new Properties();

    ContentTypes() {
        try (InputStream in = ContentTypes.class.getResourceAsStream("content-types.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource content-types.properties");
            }
            types.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content-types.properties", e);
        }
    }

    /** Whether a media type is text that compresses (HTML, CSS, scripts, JSON, CSV, SVG, XML). */
    static boolean isText(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.startsWith("image/svg+xml");
    }

    String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return types.getProperty(extension, FALLBACK);
    }
}
