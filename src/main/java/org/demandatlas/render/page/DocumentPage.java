package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /documents/ID/index.html}: one seed document in readable form with its provenance, and every line of its
 * file as written, numbered, with its role and an anchor ({@code #line-23}) that seed-line references link to.
 */
public record DocumentPage(String title, DocumentView document, Link concerns, List<BlockView> body,
                           List<StatuteView> statutes, boolean official, List<String> claims,
                           List<String> organisations, List<LineView> lines) {
    public DocumentPage {
        organisations = List.copyOf(organisations);
        claims = List.copyOf(claims);
        body = List.copyOf(body);
        statutes = List.copyOf(statutes);
        lines = List.copyOf(lines);
    }

    /** One line of the file: its number, anchor, role ({@code citation}, {@code boilerplate}) and text. */
    public record LineView(int number, String anchor, String role, String text) {
    }
}
