package org.demandatlas.export;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Validates JSON against {@code all.schema.json} (JSON Schema 2020-12) and lists the errors readably. */
public final class SchemaValidation {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private SchemaValidation() {
    }

    /** Errors as {@code instance-location: message}; empty when the JSON satisfies the contract. */
    public static List<String> errors(byte[] json) {
        return errors(MAPPER.readTree(json));
    }

    public static List<String> errors(JsonNode json) {
        return SCHEMA.validate(json).stream().map(Error::toString).toList();
    }

    /** Errors of one jurisdiction record ({@code <st>/<slug>/index.json}), checked as the only one of an atlas. */
    public static List<String> jurisdictionErrors(byte[] json) {
        ObjectNode atlas = MAPPER.createObjectNode();
        atlas.putArray("jurisdictions").add(MAPPER.readTree(json));
        List.of("documents", "tactics", "partners", "states", "timeline", "statutes").forEach(atlas::putArray);
        atlas.putNull("dataDate");
        return errors(atlas);
    }

    public static JsonNode tree(byte[] json) {
        return MAPPER.readTree(json);
    }

    private static Schema load() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/org/demandatlas/export/all.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
