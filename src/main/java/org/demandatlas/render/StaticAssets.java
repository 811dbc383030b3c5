package org.demandatlas.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Copies the static files listed in {@code templates/static-files.txt} (style sheet, script, icons) as they are. */
final class StaticAssets {
    private static final String LIST = "templates/static-files.txt";

    private StaticAssets() {
    }

    static List<String> list() {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }

    static void copy(SiteWriter writer) {
        for (String file : list()) {
            writer.copyResource("templates/" + file, file);
        }
    }
}
