package org.demandatlas.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An RFC 4180 table written row by row: a UTF-8 byte order mark (so that Excel reads the file as UTF-8, not the
 * system code page; LibreOffice and CSV libraries skip it), header row, CRLF line ends, UTF-8, fields quoted when they hold a comma,
 * quote or line break (quotes doubled). A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) gets a leading {@code '} so that opening the file never executes seed text.
 */
final class CsvTable implements Closeable {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final Writer out;
    private final int columns;

    private CsvTable(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        add(header);
    }

    /** The byte order mark every file starts with. */
    static final char BOM = '\uFEFF';

    static CsvTable create(Path file, List<String> header) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        out.write(BOM);
        return new CsvTable(out, header);
    }

    static CsvTable into(Writer out, List<String> header) throws IOException {
        return new CsvTable(out, header);
    }

    void add(List<String> row) throws IOException {
        if (row.size() != columns) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + columns);
        }
        for (int i = 0; i < row.size(); i++) {
            out.write(i == 0 ? cell(row.get(i)) : "," + cell(row.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
