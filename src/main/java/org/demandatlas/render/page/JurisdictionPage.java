package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /ST/slug/index.html}: a jurisdiction's profile. {@code population} is formatted ({@code 124,563}) or
 * null; a non-curated jurisdiction has empty tactic, narrative, partner and source lists. {@code evidence}: every
 * tactic listed, described or cited, with its marks; {@code legend} explains the marks. {@code compareHref}: the
 * profile beside the state's other curated profiles, or null when it is the only one; {@code release}: what the
 * newest release changed and the archived versions.
 */
public record JurisdictionPage(String name, Link state, String type, String population, boolean curated,
                               List<Link> tactics, List<BlockView> narrative, List<Link> partners,
                               List<SourceGroupView> sources, int citationCount, List<DocumentView> documents,
                               CiteView cite, List<Link> dataLinks,
                               List<EvidenceView> evidence, List<EvidenceView.Mark> legend,
                               List<TimelineView> timeline, String compareHref, ReleaseNote release) {
    public JurisdictionPage {
        tactics = List.copyOf(tactics);
        narrative = List.copyOf(narrative);
        partners = List.copyOf(partners);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        dataLinks = List.copyOf(dataLinks);
        evidence = List.copyOf(evidence);
        legend = List.copyOf(legend);
        timeline = List.copyOf(timeline);
    }
}
