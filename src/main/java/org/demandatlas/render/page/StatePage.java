package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /ST/index.html}: a state's jurisdictions, the jurisdiction × tactic matrix and state-level documents, the
 * map with the state highlighted, and the link to its profiles side by side (null when it has none).
 */
public record StatePage(String name, String code, int jurisdictionCount, int curatedCount, int citationCount,
                        List<Row> jurisdictions, List<Link> tacticColumns, List<DocumentView> documents,
                        List<EvidenceView.Mark> legend, List<TimelineView> timeline, List<StatuteView> statutes,
                        MapView map, String compareHref) {
    public StatePage {
        jurisdictions = List.copyOf(jurisdictions);
        tacticColumns = List.copyOf(tacticColumns);
        documents = List.copyOf(documents);
        legend = List.copyOf(legend);
        timeline = List.copyOf(timeline);
        statutes = List.copyOf(statutes);
    }

    /** A matrix cell: evidence level id ({@code none} when nothing), symbol, words, link to the profile's row. */
    public record Cell(String level, String symbol, String label, String href) {
    }

    /** One jurisdiction: link, curated or not, type, population (formatted or null), counts, tactic ticks and cells. */
    public record Row(Link link, boolean curated, String type, String population, int tacticCount,
                      int citationCount, List<Boolean> ticks, List<Cell> cells) {
        public Row {
            ticks = List.copyOf(ticks);
            cells = List.copyOf(cells);
        }
    }
}
