package org.demandatlas.generate;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.demandatlas.model.TacticDefinition;

/**
 * Values for the {@code {slot}}s of one profile's templates: facts of the profile ({@code place}, {@code state},
 * {@code population}, its tactics) and fresh draws ({@code year}, {@code month}, {@code number}, vocabulary words).
 * {@code {Tactic}} cycles through the profile's tactics, so one heading never names a tactic twice.
 */
final class ProfileSlots implements UnaryOperator<String> {
    private final Vocabulary vocabulary;
    private final Dice dice;
    private final PlaceName place;
    private final long population;
    private final List<TacticDefinition> tactics;
    private final List<List<String>> phrases;
    private int nextTactic;
    private int earliestYear = CitationGenerator.FIRST_YEAR;

    ProfileSlots(Vocabulary vocabulary, Dice dice, PlaceName place, long population,
                 List<TacticDefinition> tactics, List<List<String>> phrases) {
        this.vocabulary = vocabulary;
        this.dice = dice;
        this.place = place;
        this.population = population;
        this.tactics = List.copyOf(tactics);
        this.phrases = List.copyOf(phrases);
        this.nextTactic = dice.between(0, tactics.size() - 1);
    }

    /**
     * The template filled, with its years in order ({@code between 1998 and 2006}) and {@code a}/{@code an} made
     * to agree with the word that follows.
     */
    String fill(String template) {
        earliestYear = CitationGenerator.FIRST_YEAR;
        return Casing.fixArticles(Templates.fill(template, this));
    }

    @Override
    public String apply(String slot) {
        return switch (slot) {
            case "place" -> place.name();
            case "state" -> place.state().name();
            case "kind" -> place.type().id();
            case "population" -> approximately(population);
            case "year" -> Integer.toString(earliestYear = dice.between(earliestYear, CitationGenerator.LAST_YEAR));
            case "month" -> CitationGenerator.monthName(dice.between(1, 12));
            case "number" -> Integer.toString(dice.between(2, 60));
            case "tactic" -> dice.pick(dice.pick(phrases));
            case "Tactic" -> tactics.get(nextTactic++ % tactics.size()).name();
            default -> dice.pick(vocabulary.words(slot));
        };
    }

    /** Population as prose gives it, to three significant digits: 113811 → {@code 114,000}. */
    static String approximately(long population) {
        long unit = 1;
        while (population / unit >= 1000) {
            unit *= 10;
        }
        long rounded = Math.round((double) population / unit) * unit;
        return String.format(Locale.ROOT, "%,d", rounded);
    }
}
