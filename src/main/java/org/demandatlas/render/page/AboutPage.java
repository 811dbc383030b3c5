package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /about/index.html}: what the data is, how it is read, what "curated" means, the document kinds;
 * {@code buildReportHref} is null when the site has no build report.
 */
public record AboutPage(List<KindView> kinds, List<Link> tactics, HomePage.Totals totals, String buildReportHref,
                        String qualityHref) {
    public AboutPage {
        kinds = List.copyOf(kinds);
        tactics = List.copyOf(tactics);
    }

    /** A document kind: id, label, and whether it is curated. */
    public record KindView(String id, String label, boolean curated) {
    }
}
