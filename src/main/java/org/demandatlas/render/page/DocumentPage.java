package org.demandatlas.render.page;

import java.util.List;

/** {@code /documents/ID/index.html}: one seed document in readable form with its provenance. */
public record DocumentPage(String title, DocumentView document, Link concerns, List<BlockView> body,
                           List<StatuteView> statutes, boolean official, List<String> claims,
                           List<String> organisations) {
    public DocumentPage {
        organisations = List.copyOf(organisations);
        claims = List.copyOf(claims);
        body = List.copyOf(body);
        statutes = List.copyOf(statutes);
    }
}
