package org.demandatlas.render.page;

/**
 * A jurisdiction on a tactic page: its link, state, evidence level (id, symbol, words) and the earliest year a dated
 * statement of its documents mentions the tactic ({@code null} when none does).
 */
public record EvidenceRow(Link jurisdiction, String state, String level, String symbol, String label, String since) {
}
