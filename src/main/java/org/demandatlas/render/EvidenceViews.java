package org.demandatlas.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.render.page.EvidenceView;
import org.demandatlas.routes.Anchors;

/** Evidence marks as shown on profiles, the state matrix and tactic pages: a symbol and words, never colour only. */
final class EvidenceViews {
    static final String LISTED = "\u2611";
    static final String DESCRIBED = "\u270E";
    static final String CITED = "\u275D";

    private final ViewFactory views;

    EvidenceViews(ViewFactory views) {
        this.views = views;
    }

    static String anchor(String tacticId) {
        return Anchors.tactic(tacticId);
    }

    /** The jurisdiction's evidence, tactic by tactic. */
    List<EvidenceView> of(Jurisdiction j, List<TacticEvidence> evidence, Href href) {
        Map<String, String> names = new HashMap<>();
        j.tactics().forEach(t -> names.putIfAbsent(t.id(), t.name()));
        return evidence.stream().map(e -> view(e, j, names.getOrDefault(e.tacticId(), e.tacticId()), href)).toList();
    }

    private EvidenceView view(TacticEvidence e, Jurisdiction j, String name, Href href) {
        return new EvidenceView(anchor(e.tacticId()), views.tactic(e.tacticId(), name, href), e.level().id(),
                e.level().label(), marks(e),
                e.sentences().stream().map(s -> new EvidenceView.SentenceView(s.text(), s.line(),
                        views.profileLine(j, s.line(), href))).toList());
    }

    static List<EvidenceView.Mark> marks(TacticEvidence e) {
        List<EvidenceView.Mark> marks = new ArrayList<>();
        marks.add(e.listed() ? new EvidenceView.Mark(LISTED, "Listed") : new EvidenceView.Mark("!", "Not listed"));
        if (e.described()) {
            marks.add(new EvidenceView.Mark(DESCRIBED, "Described (" + Formats.plural(e.sentences().size(),
                    "sentence", "sentences") + ")"));
        }
        if (e.cited()) {
            marks.add(new EvidenceView.Mark(CITED, "Cited (" + Formats.plural(e.citationCount(), "source",
                    "sources") + ")"));
        }
        return marks;
    }

    /** The matrix symbol of a level ({@code ●} corroborated, {@code ○} listed only, {@code ◇} not listed). */
    static String symbol(EvidenceLevel level) {
        return switch (level) {
            case CORROBORATED -> "\u25CF";
            case LISTED -> "\u25CB";
            case UNLISTED -> "\u25C7";
        };
    }

    /** The marks of a profile's tactics: ☑ ✎ ❝ and the not-listed sign. */
    static List<EvidenceView.Mark> marksLegend() {
        return List.of(new EvidenceView.Mark(LISTED, "Listed: named under Tactics Used"),
                new EvidenceView.Mark(DESCRIBED, "Described: narrative sentences say what was done (n: how many)"),
                new EvidenceView.Mark(CITED, "Cited: a Key Sources heading for the tactic holds n citations"),
                new EvidenceView.Mark("!", "Not listed under Tactics Used"));
    }

    /** The level symbols that a tactic page shows (no "not listed" cell), then the marks ☑ ✎ ❝. */
    static List<EvidenceView.Mark> levelsAndMarks() {
        List<EvidenceView.Mark> both = new ArrayList<>(legend().subList(0, 3));
        both.addAll(marksLegend().subList(0, 3));
        return List.copyOf(both);
    }

    static List<EvidenceView.Mark> legend() {
        return List.of(new EvidenceView.Mark(symbol(EvidenceLevel.CORROBORATED),
                        "Listed, and described in the narrative or cited in Key Sources"),
                new EvidenceView.Mark(symbol(EvidenceLevel.LISTED), "Listed in Tactics Used only; nothing else in the "
                        + "profile supports it"),
                new EvidenceView.Mark(symbol(EvidenceLevel.UNLISTED), "Described or cited, but not listed"),
                new EvidenceView.Mark("\u00B7", "Not listed, not described"));
    }
}
