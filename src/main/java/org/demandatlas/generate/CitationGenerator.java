package org.demandatlas.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Key Sources: 0–6 of the real category names, in their usual order, each with 0–20 citations written
 * {@code   • “Title,” Publisher, Month D YYYY.} (the comma inside the closing curly quote, none before the year),
 * oldest first. Now and then a citation has lost its bullet, as in the seeds.
 */
final class CitationGenerator {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2024;
    private static final String NO_BULLET = "    ";
    private static final double EMPTY_CATEGORY = 0.3;
    private static final double LOCAL_PUBLISHER = 0.35;
    private static final double LOST_BULLET = 0.01;
    private static final List<String> MONTHS = Stream.of(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.US)).toList();
    private final Vocabulary vocabulary;

    CitationGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private record Dated(LocalDate date, String line) {
    }

    List<SourceSection> generate(Dice dice, ProfileSlots slots) {
        List<String> categories = vocabulary.sourceCategories();
        List<String> picked = dice.sample(categories, dice.between(0, Math.min(6, categories.size())));
        List<SourceSection> sections = new ArrayList<>();
        for (String category : categories) {
            if (picked.contains(category)) {
                sections.add(new SourceSection(category, citations(dice, slots)));
            }
        }
        return sections;
    }

    /** The English month name, independent of the default locale: {@code April}. */
    static String monthName(int month) {
        return MONTHS.get(month - 1);
    }

    private List<String> citations(Dice dice, ProfileSlots slots) {
        int count = dice.chance(EMPTY_CATEGORY) ? 0 : dice.between(1, dice.between(1, 20));
        List<Dated> citations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = date(dice);
            citations.add(new Dated(date, citation(dice, slots, date)));
        }
        citations.sort(Comparator.comparing(Dated::date));
        return citations.stream().map(Dated::line).toList();
    }

    private String citation(Dice dice, ProfileSlots slots, LocalDate date) {
        String title = slots.fill(dice.pick(vocabulary.titleTemplates()));
        String publisher = dice.chance(LOCAL_PUBLISHER)
                ? slots.fill(dice.pick(vocabulary.localPublishers()))
                : dice.pick(vocabulary.publishers());
        String bullet = dice.chance(LOST_BULLET) ? NO_BULLET : ProfileWriter.BULLET;
        return bullet + "\u201c" + title + ",\u201d " + publisher + ", " + monthName(date.getMonthValue()) + " "
                + date.getDayOfMonth() + " " + date.getYear() + ".";
    }

    /** A day drawn uniformly from 1 January 1990 to 31 December 2024: always a real calendar date. */
    private static LocalDate date(Dice dice) {
        int first = (int) LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
        int last = (int) LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(dice.between(first, last));
    }
}
