package org.demandatlas.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;

/**
 * The state a document is about: the one it names most often, by full name ({@code Connecticut}) or by code in an
 * address ({@code Hartford, CT 06106}, {@code Hartford, CT} ending a line); a tie goes to the one named first.
 */
final class StateMentions {
    private static final Pattern ADDRESS_CODE = Pattern.compile(", ([A-Z]{2})(?= \\d{5}\\b|$)");
    private final States states;
    private final Pattern names;

    /** A state and how often it is named. */
    record Mention(StateRef state, int count) {
    }

    StateMentions(States states) {
        this.states = states;
        String alternatives = states.all().stream().map(StateRef::name)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.names = Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }

    Optional<Mention> findMostMentioned(List<String> lines) {
        Map<StateRef, Integer> counts = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher name = names.matcher(line);
            while (name.find()) {
                states.findByName(name.group()).ifPresent(state -> counts.merge(state, 1, Integer::sum));
            }
            Matcher code = ADDRESS_CODE.matcher(Text.trim(line));
            while (code.find()) {
                states.findByCode(code.group(1)).ifPresent(state -> counts.merge(state, 1, Integer::sum));
            }
        }
        Mention best = null;
        for (Map.Entry<StateRef, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > best.count()) {
                best = new Mention(entry.getKey(), entry.getValue());
            }
        }
        return Optional.ofNullable(best);
    }
}
