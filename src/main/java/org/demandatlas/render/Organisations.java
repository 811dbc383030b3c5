package org.demandatlas.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;
import org.demandatlas.text.DataFiles;

/**
 * The organisations a press release names, in order of first mention: runs of capitalised words (joined by the
 * small words of {@code organisations.json}) that hold an organisation noun from that file, first or last
 * ({@code Connecticut Trafficking in Persons Council}, {@code Department of Children and Families},
 * {@code Alliance to End Sexual Violence}). The first is the issuer, kept once: a later mention of it (its acronym,
 * {@code TIP Council}, or with a possessive, {@code Connecticut’s Trafficking in Persons Council}) is the same
 * organisation. Nothing is made up: a name must be written out in full.
 */
final class Organisations {
    private record Words(List<String> nouns, List<String> joiners, List<String> titles) {
    }

    private static final Words WORDS = DataFiles.readJson(Organisations.class, "organisations.json", Words.class);
    private static final String WORD = "\\p{Lu}[\\p{L}\u2019'.-]*";
    private static final Pattern RUN = Pattern.compile(WORD + "(?: (?:(?:" + String.join("|", WORDS.joiners())
            + ") )*" + WORD + ")*");
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{2,})\\)");

    private Organisations() {
    }

    static List<String> of(Document document) {
        List<String> names = new ArrayList<>();
        Set<String> acronyms = new LinkedHashSet<>();
        for (Block block : document.body()) {
            Matcher run = RUN.matcher(block.text());
            while (run.find()) {
                for (String name : split(run.group())) {
                    if (isOrganisation(name)) {
                        names.add(name);
                        acronymAfter(block.text(), run.end()).filter(a -> names.size() == 1)
                                .ifPresent(acronyms::add);
                    }
                }
            }
        }
        return withIssuerOnce(names, acronyms);
    }

    /**
     * A run as names: without what precedes a "the" that no noun precedes ("Today the …"), without a final period,
     * and cut at an "and" between two names or before a person's title ("… Council and Director of …"), not inside
     * one name ("Department of Children and Families").
     */
    private static List<String> split(String run) {
        String text = run.endsWith(".") ? run.substring(0, run.length() - 1) : run;
        int the = text.indexOf(" the ");
        if (the >= 0 && !containsNoun(text.substring(0, the))) {
            text = text.substring(the + 5);
        }
        text = text.startsWith("The ") ? text.substring(4) : text;
        int and = text.indexOf(" and ");
        if (and > 0 && isOrganisation(text.substring(0, and))) {
            String right = text.substring(and + 5).replaceFirst("^the ", "");
            boolean title = WORDS.titles().stream().anyMatch(t -> right.startsWith(t + " "));
            if (title || isOrganisation(right)) {
                List<String> parts = new ArrayList<>(List.of(text.substring(0, and)));
                parts.addAll(title ? List.of() : split(right));
                return parts;
            }
        }
        return List.of(text);
    }

    private static boolean isOrganisation(String name) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        return containsNoun(name);
    }

    private static boolean containsNoun(String words) {
        String spaced = " " + words + " ";
        return WORDS.nouns().stream().anyMatch(noun -> spaced.contains(" " + noun + " "));
    }

    private static Optional<String> acronymAfter(String text, int end) {
        Matcher m = ACRONYM.matcher(text.substring(end));
        return m.lookingAt() || m.find() && m.start() <= 1 ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> withIssuerOnce(List<String> names, Set<String> acronyms) {
        if (names.isEmpty()) {
            return List.of();
        }
        String issuer = names.get(0);
        Set<String> kept = new LinkedHashSet<>();
        kept.add(issuer);
        for (String name : names) {
            String bare = name.replaceFirst("^\\S+[\u2019']s ", "");
            boolean sameAsIssuer = issuer.endsWith(bare) || acronyms.stream().anyMatch(a -> name.startsWith(a + " "));
            if (!sameAsIssuer) {
                kept.add(name);
            }
        }
        return List.copyOf(kept);
    }
}
