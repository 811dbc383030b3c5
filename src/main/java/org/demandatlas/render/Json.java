package org.demandatlas.render;

import org.demandatlas.text.JsonMappers;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON built with Jackson (never by string concatenation), pretty-printed with {@code \n} on every platform. */
final class Json {
    private static final JsonMapper MAPPER = JsonMappers.plain();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(node);
    }

    /** One line, as a citation manager pastes it (the page's cite block). */
    static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * Compact JSON safe inside {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} can
     * only occur inside JSON strings, where their {@code \}{@code u} escapes mean the same, so no {@code </script>}
     * or comment opener can appear.
     */
    static String forScript(JsonNode node) {
        return MAPPER.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
