package org.demandatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 table: header row, CRLF line ends, fields quoted when they hold a comma, quote or line break (quotes
 * doubled). A cell that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) gets a
 * leading {@code '} so that opening the file never executes seed text.
 */
final class CsvTable {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(row));
    }

    byte[] toBytes() {
        StringBuilder out = new StringBuilder();
        appendRow(out, header);
        rows.forEach(row -> appendRow(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static void appendRow(StringBuilder out, List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(row.get(i)));
        }
        out.append("\r\n");
    }
}
