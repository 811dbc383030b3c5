package org.demandatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class DataFilesTest {
    record Named(String name) {
    }

    @Test
    void aMissingFileNamesItselfAndWhereItWasExpected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataFiles.readText(DataFilesTest.class, "no-such.json"));
        assertEquals("missing resource no-such.json (expected in the jar beside org.demandatlas.text.DataFilesTest)",
                e.getMessage());
    }

    @Test
    void listsDropCommentsAndBlankLines() {
        assertEquals(List.of("first", "second"), DataFiles.readList(DataFilesTest.class, "list.txt"));
        assertEquals(List.of("first", "second"), DataFiles.readList(DataFilesTest.class,
                "/org/demandatlas/text/list.txt"));
    }

    @Test
    void jsonDataFilesAreReadStrictly() {
        JacksonException e = assertThrows(JacksonException.class,
                () -> DataFiles.readJson(DataFilesTest.class, "unknown-key.json", Named.class));
        assertTrue(e.getMessage().startsWith("Unrecognized property \"extra\""), e.getMessage());
    }
}
