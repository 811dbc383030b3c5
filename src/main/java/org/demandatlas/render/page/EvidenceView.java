package org.demandatlas.render.page;

import java.util.List;

/**
 * A tactic on a profile with its evidence: anchor {@code tactic-reverse-stings}, link, level id and label, the marks
 * as text ({@code Listed · Described · Cited (15)}) and the supporting sentences.
 */
public record EvidenceView(String anchor, Link tactic, String level, String levelLabel, List<Mark> marks,
                           List<SentenceView> sentences) {
    public EvidenceView {
        marks = List.copyOf(marks);
        sentences = List.copyOf(sentences);
    }

    /** One mark: a symbol (decorative) and its words. */
    public record Mark(String symbol, String text) {
    }

    /** A supporting sentence, its seed line, and the link to that line on the document page. */
    public record SentenceView(String text, int line, Link source) {
    }
}
