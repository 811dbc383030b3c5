package org.demandatlas.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demandatlas.model.Block;
import org.demandatlas.model.Citation;
import org.demandatlas.model.EvidenceSentence;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.routes.Anchors;
import org.demandatlas.text.AtlasAnalyzer;
import org.demandatlas.text.Sentences;

/**
 * The {@link Passage}s of a record, in the order a tie between them is broken: body sentences first (block by
 * block, anchored to their block), then citations, partners and listed tactics. A sentence that the catalog's
 * evidence finder took as describing a tactic carries that tactic, and so does any passage whose words name a tactic
 * by one of its synonyms (as the index's synonym filter finds them).
 */
final class PassageUnits {
    private final TacticSynonyms synonyms;
    private final AtlasAnalyzer terms = AtlasAnalyzer.terms();

    PassageUnits(TacticSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    List<Passage> ofJurisdiction(Jurisdiction j, List<TacticEvidence> evidence) {
        List<Passage> passages = new ArrayList<>(sentences(j.narrative(), evidence));
        int number = 0;
        for (SourceCategory category : j.sources()) {
            for (Citation c : category.citations()) {
                String text = c.publisher() == null ? c.title() : c.title() + ", " + c.publisher();
                passages.add(new Passage(Passage.CITATION, Anchors.citation(++number), text,
                        named(text, category.tactics())));
            }
        }
        for (Partner partner : j.partners()) {
            passages.add(new Passage(Passage.PARTNER, Anchors.PARTNERS, partner.name(),
                    named(partner.name(), List.of())));
        }
        for (TacticUse tactic : j.tactics()) {
            passages.add(new Passage(Passage.TACTIC, Anchors.tactic(tactic.id()), tactic.name(),
                    List.of(tactic.id())));
        }
        return passages;
    }

    List<Passage> sentences(List<Block> blocks, List<TacticEvidence> evidence) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (Sentences.Span sentence : Sentences.spans(block.text())) {
                passages.add(new Passage(Passage.SENTENCE, Anchors.block(i + 1), sentence.text(),
                        named(sentence.text(), described(sentence.text(), block.lineAt(sentence.start()),
                                evidence))));
            }
        }
        return passages;
    }

    /** The sentences of a text that is not a page's narrative (a tactic's definition), anchored at {@code anchor}. */
    List<Passage> ofText(String text, String anchor) {
        return Sentences.split(text).stream()
                .map(s -> new Passage(Passage.SENTENCE, anchor, s, named(s, List.of()))).toList();
    }

    /** The tactics given, then those the text names by a synonym. */
    private List<String> named(String text, List<String> given) {
        Set<String> tactics = new LinkedHashSet<>(given);
        for (String concept : synonyms.conceptsIn(terms.tokens(text))) {
            tactics.add(concept.substring(TacticSynonyms.conceptOf("").length()));
        }
        return List.copyOf(tactics);
    }

    private static List<String> described(String sentence, int line, List<TacticEvidence> evidence) {
        List<String> tactics = new ArrayList<>();
        for (TacticEvidence e : evidence) {
            for (EvidenceSentence s : e.sentences()) {
                if (s.line() == line && s.text().equals(sentence) && !tactics.contains(e.tacticId())) {
                    tactics.add(e.tacticId());
                }
            }
        }
        return tactics;
    }
}
