package org.demandatlas.model;

/** A narrative sentence that describes a tactic, with the seed line of the block it comes from. */
public record EvidenceSentence(String text, int line) {
    public EvidenceSentence {
        Checks.requireText(text, "evidence sentence");
        Checks.requireLine(line);
    }
}
