package org.demandatlas.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.demandatlas.text.JsonMappers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON style of every file we write: UTF-8, two-space indent, {@code "key": value}, {@code \n} line ends
 * whatever the platform, keys in contract order, a final newline. Reading is strict: unknown or missing keys fail
 * ({@link #ARCHIVE} reads other builds' shapes).
 */
final class JsonFormat {
    static final JsonMapper MAPPER = JsonMappers.contract();
    /** Reads what other builds wrote: frozen releases and a published site's history. */
    static final JsonMapper ARCHIVE = JsonMappers.archive();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(Separators
                    .createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER));

    private JsonFormat() {
    }

    static byte[] toBytes(Object value) {
        return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A generator of this style into {@code out}, for files written one record at a time. */
    static JsonGenerator generator(OutputStream out) {
        return WRITER.createGenerator(out);
    }
}
