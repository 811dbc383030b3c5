package org.demandatlas.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.demandatlas.text.DataFiles;

/** Media types by file extension, read from {@code content-types.properties} beside this class. */
final class ContentTypes {
    static final String FALLBACK = "application/octet-stream";
    private final Properties types = new Properties();

    ContentTypes() {
        try {
            types.load(new StringReader(DataFiles.readText(ContentTypes.class, "content-types.properties")));
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
