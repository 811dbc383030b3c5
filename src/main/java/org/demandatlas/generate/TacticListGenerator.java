package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demandatlas.generate.TacticList.Shape;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;

/**
 * Draws from three to all the tactics of the taxonomy and writes them in one of the four list shapes, each under its
 * name or any synonym, in the shape's case style and now and then in odd casing ({@code reverse STINGS}).
 */
final class TacticListGenerator {
    static final String TICK = "\u2713";
    private static final String BUYER_ARRESTS = "buyer-arrests";
    private static final int MIN_TACTICS = 3;
    private static final double ODD_CASING = 0.1;
    private static final double UNTICKED_ROW = 0.5;
    private final List<TacticDefinition> legacyOrder;

    /** Tactics in the old exports' order; a tactic they did not know (added to the taxonomy since) comes last. */
    TacticListGenerator(Taxonomy taxonomy, Vocabulary vocabulary) {
        List<TacticDefinition> order = new ArrayList<>(vocabulary.legacyTacticOrder().stream()
                .map(taxonomy::requireById).toList());
        if (Set.copyOf(order).size() != order.size()) {
            throw new IllegalArgumentException("legacyTacticOrder must list a tactic once");
        }
        taxonomy.tactics().stream().filter(t -> !order.contains(t)).forEach(order::add);
        this.legacyOrder = List.copyOf(order);
    }

    private record Row(TacticDefinition tactic, String text, boolean used) {
    }

    TacticList generate(Dice dice) {
        Set<String> chosen = new HashSet<>();
        dice.sample(legacyOrder, dice.between(MIN_TACTICS, legacyOrder.size()))
                .forEach(tactic -> chosen.add(tactic.id()));
        Shape shape = dice.pick(List.of(Shape.values()));
        List<Row> rows = new ArrayList<>();
        for (TacticDefinition tactic : legacyOrder) {
            boolean used = chosen.contains(tactic.id());
            if (used || shape == Shape.TABLE && dice.chance(UNTICKED_ROW)) {
                rows.add(new Row(tactic, written(dice, tactic, shape), used));
            }
        }
        order(rows, shape);
        List<String> lines = rows.stream().map(row -> line(row, shape)).toList();
        List<String> ids = rows.stream().filter(Row::used).map(row -> row.tactic().id()).toList();
        return new TacticList(shape, lines, ids);
    }

    private static void order(List<Row> rows, Shape shape) {
        if (shape == Shape.TITLE_CASE) {
            rows.sort(Comparator.comparing(Row::text, String.CASE_INSENSITIVE_ORDER));
        } else if (shape == Shape.SENTENCE_CASE) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.tactic().id().equals(BUYER_ARRESTS)) {
                    rows.remove(i);
                    rows.addFirst(new Row(row.tactic(), row.tactic().name(), true));
                }
            }
        }
    }

    private static String line(Row row, Shape shape) {
        return shape == Shape.TABLE ? row.text() + " | " + (row.used() ? TICK : "") + " |" : row.text();
    }

    private static String written(Dice dice, TacticDefinition tactic, Shape shape) {
        List<String> names = new ArrayList<>(tactic.synonyms());
        names.addFirst(tactic.name());
        String name = dice.pick(names);
        String styled = switch (shape) {
            case SENTENCE_CASE -> Casing.sentenceCase(name);
            case TITLE_CASE -> Casing.titleCase(name);
            case PLAIN, TABLE -> name;
        };
        return dice.chance(ODD_CASING) ? oddCasing(dice, styled) : styled;
    }

    private static String oddCasing(Dice dice, String name) {
        return switch (dice.between(0, 2)) {
            case 0 -> Casing.lower(name);
            case 1 -> Casing.upper(name);
            default -> Casing.shoutLastWord(name);
        };
    }
}
