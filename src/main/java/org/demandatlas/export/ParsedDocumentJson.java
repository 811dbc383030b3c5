package org.demandatlas.export;

import java.util.List;
import org.demandatlas.model.ParsedDocument;

/**
 * What the parser made of seed files, as JSON ({@code parse} command, golden files): per file its name, document,
 * jurisdiction (as in {@code all.json}, before cross-referencing) and problems.
 */
public final class ParsedDocumentJson {
    private ParsedDocumentJson() {
    }

    public static byte[] toBytes(ParsedDocument parsed) {
        return JsonFormat.toBytes(ContractWriter.parsedDocument(parsed));
    }

    public static byte[] toBytes(List<ParsedDocument> parsed) {
        return JsonFormat.toBytes(parsed.stream().map(ContractWriter::parsedDocument).toList());
    }
}
