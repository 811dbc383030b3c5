package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.Labelled;
import org.demandatlas.model.ReleaseChanges.JurisdictionChange;

/** A jurisdiction's change between two releases as sentences a reader can scan, one per kind of change. */
final class ChangeViews {
    private final SiteIndex index;

    ChangeViews(SiteIndex index) {
        this.index = index;
    }

    List<String> lines(JurisdictionChange change) {
        List<String> lines = new ArrayList<>();
        switch (change.kind()) {
            case "added" -> lines.add("Jurisdiction added.");
            case "removed" -> lines.add("Jurisdiction removed.");
            default -> {
                add(lines, "Tactics added: ", change.tacticsAdded().stream().map(this::tactic).toList());
                add(lines, "Tactics dropped: ", change.tacticsDropped().stream().map(this::tactic).toList());
                add(lines, "Evidence moved: ", change.evidenceMoved().stream().map(m -> tactic(m.tactic()) + " "
                        + level(m.from()) + " \u2192 " + level(m.to())).toList());
                add(lines, "Citations added: ", change.citationsAdded());
                add(lines, "Citations removed: ", change.citationsRemoved());
                add(lines, "Fields corrected: ", change.fieldsCorrected().stream().map(f -> f.field() + " "
                        + shown(f.from()) + " \u2192 " + shown(f.to())).toList());
            }
        }
        return lines;
    }

    private static void add(List<String> lines, String label, List<String> items) {
        if (!items.isEmpty()) {
            lines.add(label + items.stream().collect(Collectors.joining("; ")) + ".");
        }
    }

    private String tactic(String id) {
        return index.atlas().tactics().stream().filter(t -> t.tactic().id().equals(id))
                .map(t -> t.tactic().name()).findFirst().orElse(id);
    }

    private static String level(String id) {
        return Labelled.find(EvidenceLevel.class, id).map(EvidenceLevel::label).orElse(id);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(not stated)" : value;
    }
}
