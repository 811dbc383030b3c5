package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.EvidenceSentence;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.text.Clauses;
import org.demandatlas.text.PhraseMatcher;
import org.demandatlas.text.Sentences;
import org.demandatlas.text.Statements;

/**
 * Evidence for every tactic of every jurisdiction (listed, described by narrative sentences, cited in Key Sources),
 * matched with the search's analysis (see {@link PhraseMatcher}); its {@link #tacticsIn} also tags the timeline's
 * events, clause by clause. Headings are not evidence: a heading names a topic, it does not describe what was done.
 */
public final class EvidenceFinder {
    private final List<TacticDefinition> tactics;
    private final PhraseMatcher matcher;

    public EvidenceFinder(List<TacticDefinition> tactics) {
        this.tactics = List.copyOf(tactics);
        this.matcher = new PhraseMatcher(tactics);
    }

    /** The evidence of every jurisdiction of the catalog, by jurisdiction id. */
    public Map<String, List<TacticEvidence>> evidenceOf(Catalog catalog) {
        Map<String, List<TacticEvidence>> evidence = new TreeMap<>();
        catalog.jurisdictions().forEach(j -> evidence.put(j.id(), evidenceOf(j)));
        return evidence;
    }

    public List<TacticEvidence> evidenceOf(Jurisdiction j) {
        Map<String, List<EvidenceSentence>> described = describedTactics(j.narrative());
        Map<String, Integer> cited = citedTactics(j.sources());
        Set<String> listed = j.tactics().stream().map(TacticUse::id).collect(Collectors.toSet());
        List<TacticEvidence> evidence = new ArrayList<>();
        for (TacticDefinition tactic : tactics) {
            String id = tactic.id();
            List<EvidenceSentence> sentences = described.getOrDefault(id, List.of());
            int citations = cited.getOrDefault(id, 0);
            if (listed.contains(id) || !sentences.isEmpty() || citations > 0) {
                evidence.add(new TacticEvidence(id, listed.contains(id), !sentences.isEmpty(), citations > 0,
                        sentences, citations));
            }
        }
        j.tactics().stream().filter(t -> !t.known()).map(TacticUse::id).distinct()
                .forEach(id -> evidence.add(new TacticEvidence(id, true, false, false, List.of(), 0)));
        return evidence;
    }

    private Map<String, List<EvidenceSentence>> describedTactics(List<Block> narrative) {
        Map<String, List<EvidenceSentence>> described = new LinkedHashMap<>();
        for (Block block : narrative) {
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            for (Sentences.Span sentence : Sentences.spans(block.text())) {
                for (String id : tacticsIn(sentence.text())) {
                    described.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new EvidenceSentence(sentence.text(), block.lineAt(sentence.start())));
                }
            }
        }
        return described;
    }

    private static Map<String, Integer> citedTactics(List<SourceCategory> sources) {
        Map<String, Integer> cited = new LinkedHashMap<>();
        for (SourceCategory category : sources) {
            if (!category.citations().isEmpty()) {
                category.tactics().forEach(id -> cited.merge(id, category.citations().size(), Integer::sum));
            }
        }
        return cited;
    }

    /**
     * The tactic ids a sentence (or clause) describes, in the taxonomy's order: those of its clauses that affirm
     * what they say. A question, or a clause with a negation ("there have been no arrests", "has not", "whether"),
     * is no evidence.
     */
    public Set<String> tacticsIn(String sentence) {
        if (sentence.strip().endsWith("?")) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String clause : Clauses.split(sentence)) {
            if (Statements.affirms(clause)) {
                found.addAll(matcher.tacticsIn(clause));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        tactics.stream().map(TacticDefinition::id).filter(found::contains).forEach(ordered::add);
        return ordered;
    }
}
