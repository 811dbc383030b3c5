package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
        assertEquals("plain", CsvTable.cell("plain"));
        assertEquals("\"a, b\"", CsvTable.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTable.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvTable.cell("two\nlines"));
        assertEquals("", CsvTable.cell(""));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvTable.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'=SUM(A1,A2)\"", CsvTable.cell("=SUM(A1,A2)"));
        assertEquals("'+1", CsvTable.cell("+1"));
        assertEquals("'-1", CsvTable.cell("-1"));
        assertEquals("'@cmd", CsvTable.cell("@cmd"));
        assertEquals("'\tx", CsvTable.cell("\tx"));
        assertEquals("a=b", CsvTable.cell("a=b"));
    }

    @Test
    void writesHeaderAndRowsWithCrLf() {
        CsvTable table = new CsvTable(List.of("id", "name"));
        table.add(List.of("ct/hartford", "Hartford, CT"));

        assertEquals("id,name\r\nct/hartford,\"Hartford, CT\"\r\n",
                new String(table.toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesRowsThatDoNotFitTheHeader() {
        CsvTable table = new CsvTable(List.of("id", "name"));

        assertEquals("row has 1 cells, header 2",
                assertThrows(IllegalArgumentException.class, () -> table.add(List.of("x"))).getMessage());
    }
}
