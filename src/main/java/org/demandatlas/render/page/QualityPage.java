package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /quality/…}: one page of the data-quality report for curators, grouped by kind of finding; {@code kinds}
 * links every kind (with its count) to the page where its findings start.
 */
public record QualityPage(int total, List<Link> kinds, List<Group> groups, String jsonHref, Pagination pagination) {
    public QualityPage {
        kinds = List.copyOf(kinds);
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
