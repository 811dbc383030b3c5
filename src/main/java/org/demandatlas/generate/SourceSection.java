package org.demandatlas.generate;

import java.util.List;

/** One Key Sources category of a synthetic profile ({@code Sex Buyer Arrests}) and its citation lines as written. */
public record SourceSection(String category, List<String> citations) {
    public SourceSection {
        citations = List.copyOf(citations);
    }
}
