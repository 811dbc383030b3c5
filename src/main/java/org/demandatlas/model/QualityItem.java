package org.demandatlas.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One data-quality finding: its kind, the jurisdiction or state id it concerns (null when none), a message for
 * curators, the seed file and line (0: the whole file), and the site-relative link to the page section it concerns
 * ({@code /ct/hartford/#tactic-license-suspension}; null when there is no such page).
 */
public record QualityItem(QualityKind kind, String jurisdiction, String message, String file, int line,
                          String anchor) {
    public static final Comparator<QualityItem> ORDER = Comparator.comparing(QualityItem::kind)
            .thenComparing(QualityItem::file).thenComparingInt(QualityItem::line)
            .thenComparing(QualityItem::message);

    public QualityItem {
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(message, "message");
        Checks.requireText(file, "file");
        Checks.requireLine(line);
        if (anchor != null && !anchor.matches("/[a-z0-9/-]*(#[a-z0-9-]+)?")) {
            throw new IllegalArgumentException("anchor must be a site-relative link: " + anchor);
        }
    }
}
