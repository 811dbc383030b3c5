package org.demandatlas.render.page;

/**
 * A jurisdiction on a tactic page: its link, the link to the tactic's evidence on its profile, state, evidence level
 * (id, symbol, words) and the earliest year a dated statement of its documents mentions the tactic ({@code null}
 * when none does), and its marks: ☑ listed, ✎ n supporting sentences, ❝ n citations.
 */
public record EvidenceRow(Link jurisdiction, String evidenceHref, String state, String level, String symbol,
                          String label, String since, String marks) {
}
