package org.demandatlas.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Official URLs of state statute sections, from {@code statutes.json}: per state a URL template with
 * {@code {chapter}} and {@code {section}}, and the chapters that hold ranges of sections of a title
 * ({@code 53a-48} to {@code 53a-323} are in chapter 952 of the Connecticut General Statutes).
 */
public record StatuteLinks(List<StateStatutes> states) {
    public StatuteLinks {
        states = List.copyOf(states);
    }

    /** One state's statute code: its name, URL template and chapter table. */
    public record StateStatutes(String state, String code, String url, List<Chapter> chapters) {
        public StateStatutes {
            chapters = List.copyOf(chapters);
        }
    }

    /** Sections {@code title-from} to {@code title-to} (numeric part, suffix letters ignored) are in chapter. */
    public record Chapter(String title, int from, int to, String chapter) {
        boolean holds(String title, int number) {
            return this.title.equals(title) && from <= number && number <= to;
        }
    }

    /** The section's official URL, if the state's table places it in a chapter. */
    public Optional<String> urlOf(String state, String section) {
        String title = section.substring(0, section.indexOf('-'));
        int number = Integer.parseInt(section.substring(section.indexOf('-') + 1).replaceAll("[a-z]+$", ""));
        return states.stream().filter(s -> s.state().equals(state)).findFirst().flatMap(s -> s.chapters().stream()
                .filter(c -> c.holds(title, number)).findFirst()
                .map(c -> s.url().replace("{chapter}", c.chapter()).replace("{section}", section)));
    }
}
