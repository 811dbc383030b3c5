package org.demandatlas.index.shards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.JsonMappers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the static search shards at their routes ({@code /search/NAME.js}): small JavaScript files, each one call
 * {@code window.AtlasSearch.load("NAME", DATA);} with DATA as JSON. Script files load from {@code file://} too,
 * where fetch and XMLHttpRequest do not. Records the size of every shard.
 */
final class ShardWriter {
    private static final JsonMapper JSON = JsonMappers.sortedKeys();

    private final OutputFolder site;
    private final Map<String, Long> sizes = new TreeMap<>();

    ShardWriter(OutputFolder site) {
        this.site = site;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    void write(String name, Object data) throws IOException {
        writeRaw(name, json(data));
    }

    /** Writes a shard whose data is already JSON text. */
    void writeRaw(String name, String json) throws IOException {
        String script = "window.AtlasSearch.load(" + json(name) + "," + json + ");\n";
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        site.write(Routes.file(Routes.searchShard(name)), bytes);
        sizes.put(name, (long) bytes.length);
    }

    /** Shard name → size in bytes. */
    Map<String, Long> sizes() {
        return Map.copyOf(sizes);
    }
}
