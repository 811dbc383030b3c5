package org.demandatlas.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.text.JsonMappers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Static data for the pages' scripts as script files, {@code window.GLOBAL.load("NAME", DATA);} with DATA as JSON:
 * script tags load from {@code file://} too, where fetch does not (as the search shards do).
 */
final class ScriptData {
    private static final JsonMapper JSON = JsonMappers.sortedKeys();

    private ScriptData() {
    }

    static byte[] script(String global, String name, Object data) {
        String text = "window." + global + ".load(" + JSON.writeValueAsString(name) + ","
                + JSON.writeValueAsString(data) + ");\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void write(OutputFolder site, String file, String global, String name, Object data) throws IOException {
        site.write(file, script(global, name, data));
    }
}
