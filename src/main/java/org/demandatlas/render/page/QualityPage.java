package org.demandatlas.render.page;

import java.util.List;

/** {@code /quality/index.html}: the data-quality report for curators, grouped by kind of finding. */
public record QualityPage(int total, List<Group> groups, String jsonHref) {
    public QualityPage {
        groups = List.copyOf(groups);
    }

    /** The findings of one kind ({@code anchor} is the kind's id). */
    public record Group(String anchor, String title, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** One finding: the page section it concerns, the message, and its seed file and line. */
    public record Row(Link section, String message, Link source) {
    }
}
