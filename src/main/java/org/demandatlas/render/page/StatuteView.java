package org.demandatlas.render.page;

import java.util.List;

/**
 * A statute as listed on state and document pages: its label ({@code §53a-83(c)}), official link (or unlinked text
 * when the state's table cannot place it), how the documents wrote it, and the documents that cite it.
 */
public record StatuteView(Link statute, List<String> asWritten, List<Link> documents) {
    public StatuteView {
        asWritten = List.copyOf(asWritten);
        documents = List.copyOf(documents);
    }
}
