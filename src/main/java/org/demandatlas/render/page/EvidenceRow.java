package org.demandatlas.render.page;

/**
 * A jurisdiction on a tactic page: its link, the link to the tactic's evidence on its profile, state, evidence level
 * (id, symbol, words) and what its profile dates of the tactic: {@code Reverse Stings since 1980} where a sentence
 * says the practice began then, else the earliest dated mention ({@code 1998 (earliest dated mention, a cited
 * source)}); {@code null} when nothing dates it;
 * and its marks: ☑ listed, ✎ n supporting sentences, ❝ n citations.
 */
public record EvidenceRow(Link jurisdiction, String evidenceHref, String state, String level, String symbol,
                          String label, String since, String marks) {
}
