package org.demandatlas.parse;

import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;

/** What a kind-specific parser made: the document and the jurisdiction it describes, either possibly null. */
record ParsedParts(Document document, Jurisdiction jurisdiction) {
    static final ParsedParts NONE = new ParsedParts(null, null);
}
