package org.demandatlas.model;

/** A narrative sentence that describes a tactic, with the seed line it starts on. */
public record EvidenceSentence(String text, int line) {
    public EvidenceSentence {
        Checks.requireText(text, "evidence sentence");
        Checks.requireLine(line);
    }
}
