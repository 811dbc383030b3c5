package org.demandatlas.model;

import java.util.List;

/**
 * The data-quality report for curators: every finding, sorted by kind, file and line. Published as
 * {@code data/quality.json} and {@code /quality/}, never as part of the data contract.
 */
public record QualityReport(List<QualityItem> items) {
    public QualityReport {
        items = Checks.copy(items).stream().sorted(QualityItem.ORDER).toList();
    }

    /** The findings of one kind, in report order. */
    public List<QualityItem> of(QualityKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
