package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.fixtures.SampleAtlas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AllJsonSchemaTest {
    private final byte[] allJson = AtlasJsonFile.toBytes(SampleAtlas.atlas());

    @Test
    void theWrittenAtlasSatisfiesTheSchema() {
        assertEquals(List.of(), SchemaValidation.errors(allJson));
    }

    @Test
    void extraKeysAreRejected() {
        JsonNode tree = SchemaValidation.tree(allJson);
        ((ObjectNode) tree.get("jurisdictions").get(0)).put("mayor", "x");

        assertEquals(List.of("/jurisdictions/0: property 'mayor' is not defined in the schema and the schema does "
                + "not allow additional properties"), SchemaValidation.errors(tree));
    }

    @Test
    void missingKeysIdsAndDatesOutOfPatternAreRejected() {
        JsonNode tree = SchemaValidation.tree(allJson);
        ObjectNode document = (ObjectNode) tree.get("documents").get(0);
        document.remove("sha256");
        document.put("id", "../etc");
        ((ObjectNode) tree).put("dataDate", "11 Jan 2017");

        assertEquals(List.of(
                "/documents/0/id: does not match the regex pattern ^[a-z0-9]+(-[a-z0-9]+)*$",
                "/documents/0: required property 'sha256' not found",
                "/dataDate: does not match the regex pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"),
                SchemaValidation.errors(tree));
    }
}
