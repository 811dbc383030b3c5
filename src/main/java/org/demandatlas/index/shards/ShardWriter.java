package org.demandatlas.index.shards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.text.JsonMappers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the static search shards: small JavaScript files, {@code NAME.js}, each one call
 * {@code window.AtlasSearch.load("NAME", DATA);} with DATA as JSON. Script files load from {@code file://} too,
 * where fetch and XMLHttpRequest do not. Records the size of every shard.
 */
final class ShardWriter {
    private static final JsonMapper JSON = JsonMappers.sortedKeys();

    private final Path dir;
    private final Map<String, Long> sizes = new TreeMap<>();

    ShardWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    void write(String name, Object data) {
        writeRaw(name, json(data));
    }

    /** Writes a shard whose data is already JSON text. */
    void writeRaw(String name, String json) {
        String script = "window.AtlasSearch.load(" + json(name) + "," + json + ");\n";
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(dir.resolve(name + ".js"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name + ".js"), e);
        }
        sizes.put(name, (long) bytes.length);
    }

    /** Shard name → size in bytes. */
    Map<String, Long> sizes() {
        return Map.copyOf(sizes);
    }
}
