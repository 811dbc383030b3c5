package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The narrative: 1–4 paragraphs of sentences filled from the vocabulary, about the place, its tactics and years.
 * The first paragraph always opens with {@value #MARKER}. Later paragraphs may follow a sub-heading (no final
 * period) or end in a lead-in colon followed by a quotation paragraph; sentences are sometimes separated by a
 * non-breaking space, and now and then a paragraph repeats (the export glitch of the real seeds).
 */
final class NarrativeGenerator {
    static final String MARKER = "Synthetic test profile.";
    private static final double TACTIC_SENTENCE = 0.4;
    private static final double HEADING = 0.25;
    private static final double QUOTATION = 0.15;
    private static final double REPEATED = 0.02;
    private final Vocabulary vocabulary;

    NarrativeGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> generate(Dice dice, ProfileSlots slots) {
        List<String> blocks = new ArrayList<>();
        String intro = slots.fill(dice.pick(vocabulary.introTemplates()));
        blocks.add(paragraph(dice, slots, MARKER + separator(dice) + intro, dice.between(1, 4)));
        int paragraphs = dice.between(1, 4);
        for (int i = 1; i < paragraphs; i++) {
            if (dice.chance(HEADING)) {
                addUnique(blocks, slots.fill(dice.pick(vocabulary.headingTemplates())));
            }
            addParagraph(blocks, dice, slots);
        }
        return blocks;
    }

    /** A paragraph, perhaps ending in a lead-in and followed by a quotation; only the deliberate glitch repeats. */
    private void addParagraph(List<String> blocks, Dice dice, ProfileSlots slots) {
        String text = paragraph(dice, slots, sentence(dice, slots), dice.between(2, 5));
        String quotation = dice.chance(QUOTATION) ? quotation(dice, slots) : null;
        if (quotation != null && !blocks.contains(quotation)) {
            addUnique(blocks, text + " " + slots.fill(dice.pick(vocabulary.quoteLeads())));
            blocks.add(quotation);
        } else {
            addUnique(blocks, text);
        }
        if (dice.chance(REPEATED)) {
            blocks.add(blocks.getLast());
        }
    }

    private static void addUnique(List<String> blocks, String block) {
        if (!blocks.contains(block)) {
            blocks.add(block);
        }
    }

    private String paragraph(Dice dice, ProfileSlots slots, String opening, int more) {
        StringBuilder text = new StringBuilder(opening);
        for (int i = 0; i < more; i++) {
            text.append(separator(dice)).append(sentence(dice, slots));
        }
        return text.toString();
    }

    private String sentence(Dice dice, ProfileSlots slots) {
        List<String> templates = dice.chance(TACTIC_SENTENCE)
                ? vocabulary.tacticSentenceTemplates() : vocabulary.sentenceTemplates();
        return Casing.capitalizeFirst(slots.fill(dice.pick(templates)));
    }

    private String quotation(Dice dice, ProfileSlots slots) {
        StringBuilder text = new StringBuilder("\u201c");
        for (int i = dice.between(1, 3); i > 0; i--) {
            String sentence = Casing.capitalizeFirst(slots.fill(dice.pick(vocabulary.quoteTemplates())));
            text.append(sentence).append(i > 1 ? " " : "\u201d");
        }
        return text.toString();
    }

    /** Between sentences: a space, or as the seeds have it, a non-breaking space with or without a space. */
    private static String separator(Dice dice) {
        int roll = dice.between(0, 99);
        return roll < 88 ? " " : roll < 96 ? "\u00a0 " : "\u00a0";
    }
}
