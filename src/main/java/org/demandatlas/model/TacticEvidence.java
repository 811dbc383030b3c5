package org.demandatlas.model;

import java.util.List;

/**
 * What a profile offers for one tactic: listed in Tactics Used, described by narrative sentences (matched against
 * the tactic's evidence phrases), cited (a Key Sources category mapped to the tactic holds citations).
 */
public record TacticEvidence(String tacticId, boolean listed, boolean described, boolean cited,
                             List<EvidenceSentence> sentences, int citationCount) {
    public TacticEvidence {
        Slugs.requireSlug(tacticId);
        sentences = Checks.copy(sentences);
        if (described == sentences.isEmpty()) {
            throw new IllegalArgumentException("described must be true exactly when there are sentences: "
                    + tacticId);
        }
        if (citationCount < 0 || cited != citationCount > 0) {
            throw new IllegalArgumentException("cited must be true exactly when citationCount > 0: " + tacticId);
        }
        if (!listed && !described && !cited) {
            throw new IllegalArgumentException("evidence without any mark: " + tacticId);
        }
    }

    public EvidenceLevel level() {
        if (!listed) {
            return EvidenceLevel.UNLISTED;
        }
        return described || cited ? EvidenceLevel.CORROBORATED : EvidenceLevel.LISTED;
    }
}
