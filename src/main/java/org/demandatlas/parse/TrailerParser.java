package org.demandatlas.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;

/**
 * Reads a profile's trailer: {@code State} must name the header's state, {@code Type} must be City, County or State,
 * {@code Population} must be a whole number (thousands commas allowed). A line given twice is reported and the first
 * kept; {@code Location} and {@code Comments are closed.} carry nothing. Missing lines are reported together in one
 * warning and their fields stay absent; a missing type is taken from the name (County when it ends so, else City).
 */
final class TrailerParser {
    /** Largest population accepted: more than any U.S. jurisdiction has. */
    static final long MAX_POPULATION = 1_000_000_000L;
    private static final List<TrailerLine.Key> EXPECTED = List.of(TrailerLine.Key.STATE, TrailerLine.Key.TYPE,
            TrailerLine.Key.POPULATION);

    /** What the trailer says: the type (null when no Type line gives one: never guessed from the name) and the population (null when absent or invalid). */
    record Trailer(JurisdictionType type, Long population) {
    }

    private final States states;

    TrailerParser(States states) {
        this.states = states;
    }

    Trailer parse(ParseContext context, List<Integer> lines, Optional<StateRef> headerState, String name) {
        Map<TrailerLine.Key, Integer> seen = new EnumMap<>(TrailerLine.Key.class);
        JurisdictionType type = null;
        Long population = null;
        for (int n : lines) {
            TrailerLine trailer = TrailerLine.find(context.line(n)).orElseThrow();
            boolean comments = trailer.key() == TrailerLine.Key.COMMENTS;
            context.role(n, comments ? LineRole.BOILERPLATE : LineRole.TRAILER);
            Integer first = seen.putIfAbsent(trailer.key(), n);
            if (first != null) {
                context.warn(ProblemKind.DUPLICATE, n, context.firstColumn(n),
                        "duplicate " + trailer.key().keyword() + " line (first at line "
                        + first + "); ignored");
                continue;
            }
            switch (trailer.key()) {
                case STATE -> checkState(context, n, trailer, headerState);
                case TYPE -> type = type(context, n, trailer);
                case POPULATION -> population = population(context, n, trailer);
                case LOCATION -> checkLocation(context, n, trailer);
                case COMMENTS -> { }
            }
        }
        reportMissing(context, seen);
        return new Trailer(type, population);
    }

    private void checkState(ParseContext context, int n, TrailerLine trailer, Optional<StateRef> headerState) {
        Optional<StateRef> stated = states.findByName(trailer.value());
        if (stated.isEmpty()) {
            context.error(n, trailer.valueColumn(), "unknown state '" + Text.excerpt(trailer.value())
                    + "' (expected a full U.S. state name such as Connecticut)");
        } else if (headerState.isPresent() && !stated.get().equals(headerState.get())) {
            context.error(n, trailer.valueColumn(), "state '" + trailer.value() + "' does not match the header's "
                    + headerState.get().code() + " (expected " + headerState.get().name() + ")");
        }
    }

    private static JurisdictionType type(ParseContext context, int n, TrailerLine trailer) {
        Optional<JurisdictionType> type = JurisdictionType.find(trailer.value());
        if (type.isEmpty()) {
            context.error(n, trailer.valueColumn(), "unknown type '" + Text.excerpt(trailer.value())
                    + "' (expected City, County or State)");
        }
        return type.orElse(null);
    }

    private static Long population(ParseContext context, int n, TrailerLine trailer) {
        String value = trailer.value();
        if (!TrailerLine.isPopulation(value)) {
            context.error(n, trailer.valueColumn(), value.isEmpty() ? "population is missing (expected digits such as"
                    + " 124563)" : "population '" + Text.excerpt(value) + "' is not a whole number (expected digits"
                    + " such as 124563)");
            return null;
        }
        String digits = value.replace(",", "");
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_POPULATION) {
            context.error(n, trailer.valueColumn(), "population " + value + " is too large (expected at most "
                    + MAX_POPULATION + ")");
            return null;
        }
        return Long.parseLong(digits);
    }

    private static void checkLocation(ParseContext context, int n, TrailerLine trailer) {
        if (!trailer.value().isEmpty()) {
            context.warn(n, trailer.valueColumn(), "location '" + Text.excerpt(trailer.value())
                    + "' ignored (expected a bare Location line)");
        }
    }

    private static void reportMissing(ParseContext context, Map<TrailerLine.Key, Integer> seen) {
        List<String> missing = EXPECTED.stream().filter(key -> !seen.containsKey(key))
                .map(TrailerLine.Key::keyword).toList();
        if (!missing.isEmpty()) {
            String assumed = seen.containsKey(TrailerLine.Key.TYPE) ? "" : "; type not stated";
            context.warn(0, 0, "trailer lacks " + String.join(", ", missing) + assumed + " (expected State <name>,"
                    + " Type City|County|State and Population <digits> at the end of a profile)");
        }
    }
}
