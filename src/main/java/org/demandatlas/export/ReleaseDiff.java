package org.demandatlas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.ReleaseChanges;
import org.demandatlas.model.ReleaseChanges.EvidenceMove;
import org.demandatlas.model.ReleaseChanges.FieldCorrection;
import org.demandatlas.model.ReleaseChanges.JurisdictionChange;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;

/**
 * What changed between two releases' atlases, jurisdiction by jurisdiction (sorted by id): added, removed, or
 * changed with its tactics added and dropped, evidence levels moved, citations added and removed, and the fields
 * corrected (name, type, population, curated, partners, narrative). A jurisdiction whose record is the same in
 * both is not listed.
 */
final class ReleaseDiff {
    private ReleaseDiff() {
    }

    static ReleaseChanges between(String previous, Atlas before, String release, Atlas after) {
        Map<String, Jurisdiction> old = before.jurisdictionsById();
        Map<String, Jurisdiction> now = after.jurisdictionsById();
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<JurisdictionChange> changes = new ArrayList<>();
        for (String id : ids) {
            Jurisdiction was = old.get(id);
            Jurisdiction is = now.get(id);
            if (was == null || is == null) {
                Jurisdiction one = was == null ? is : was;
                changes.add(new JurisdictionChange(id, one.name(), was == null ? "added" : "removed", List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of()));
            } else {
                JurisdictionChange change = changed(was, before.evidenceOf(id), is, after.evidenceOf(id));
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return new ReleaseChanges(release, after.dataDate(), previous, changes);
    }

    private static JurisdictionChange changed(Jurisdiction was, List<TacticEvidence> wasEvidence, Jurisdiction is,
                                              List<TacticEvidence> isEvidence) {
        List<String> wasTactics = ids(was.tactics(), TacticUse::id);
        List<String> isTactics = ids(is.tactics(), TacticUse::id);
        List<String> wasCitations = citations(was);
        List<String> isCitations = citations(is);
        JurisdictionChange change = new JurisdictionChange(is.id(), is.name(), "changed", minus(isTactics, wasTactics),
                minus(wasTactics, isTactics), moves(wasEvidence, isEvidence), minus(isCitations, wasCitations),
                minus(wasCitations, isCitations), fields(was, is));
        boolean any = !change.tacticsAdded().isEmpty() || !change.tacticsDropped().isEmpty()
                || !change.evidenceMoved().isEmpty() || !change.citationsAdded().isEmpty()
                || !change.citationsRemoved().isEmpty() || !change.fieldsCorrected().isEmpty();
        return any ? change : null;
    }

    private static List<EvidenceMove> moves(List<TacticEvidence> was, List<TacticEvidence> is) {
        Map<String, String> before = was.stream().collect(Collectors.toMap(TacticEvidence::tacticId,
                e -> e.level().id(), (a, b) -> a));
        List<EvidenceMove> moves = new ArrayList<>();
        for (TacticEvidence e : is) {
            String from = before.get(e.tacticId());
            if (from != null && !from.equals(e.level().id())) {
                moves.add(new EvidenceMove(e.tacticId(), from, e.level().id()));
            }
        }
        return moves;
    }

    private static List<FieldCorrection> fields(Jurisdiction was, Jurisdiction is) {
        List<FieldCorrection> fields = new ArrayList<>();
        field(fields, "name", was.name(), is.name());
        field(fields, "type", typeOf(was), typeOf(is));
        field(fields, "population", Objects.toString(was.population(), ""), Objects.toString(is.population(), ""));
        field(fields, "curated", Boolean.toString(was.curated()), Boolean.toString(is.curated()));
        field(fields, "partners", String.join(";", ids(was.partners(), Partner::id)),
                String.join(";", ids(is.partners(), Partner::id)));
        field(fields, "narrative", digest(was.narrative()), digest(is.narrative()));
        return fields;
    }

    /** The type's id, or "" where the source states no type. */
    private static String typeOf(Jurisdiction j) {
        return j.type() == null ? "" : j.type().id();
    }

    private static void field(List<FieldCorrection> fields, String name, String from, String to) {
        if (!from.equals(to)) {
            fields.add(new FieldCorrection(name, from, to));
        }
    }

    /** The narrative as "N paragraphs" with a short hash, so a correction shows without repeating the text. */
    private static String digest(List<Block> narrative) {
        String text = narrative.stream().map(Block::text).collect(Collectors.joining("\n"));
        return narrative.size() + (narrative.size() == 1 ? " paragraph, " : " paragraphs, ")
                + ReleaseArchive.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** Citations as {@code title — publisher, date}, in profile order. */
    static List<String> citations(Jurisdiction j) {
        return j.sources().stream().flatMap(s -> s.citations().stream()).map(ReleaseDiff::citation).distinct()
                .toList();
    }

    private static String citation(Citation c) {
        String rest = Arrays.asList(c.publisher(), c.date()).stream().filter(v -> v != null && !v.isEmpty())
                .collect(Collectors.joining(", "));
        return rest.isEmpty() ? c.title() : c.title() + " \u2014 " + rest;
    }

    private static <T> List<String> ids(List<T> values, Function<T, String> id) {
        return values.stream().map(id).distinct().toList();
    }

    private static List<String> minus(List<String> values, List<String> removed) {
        Set<String> gone = new LinkedHashSet<>(removed);
        return values.stream().filter(v -> !gone.contains(v)).toList();
    }
}
