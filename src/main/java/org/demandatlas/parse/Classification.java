package org.demandatlas.parse;

import java.util.List;
import java.util.Optional;
import org.demandatlas.model.DocumentKind;

/**
 * What a document is and why: the kind (null when it is none of the kinds, and then {@code reason} is the error
 * message and {@code line} where it points, 0 for the whole file), the first line of content and the stray lines
 * before it.
 */
public record Classification(DocumentKind kind, String reason, int line, int contentLine, List<Integer> junkLines) {
    public Classification {
        junkLines = List.copyOf(junkLines);
    }

    public Optional<DocumentKind> findKind() {
        return Optional.ofNullable(kind);
    }
}
