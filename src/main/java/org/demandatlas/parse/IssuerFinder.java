package org.demandatlas.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that issues a press release, as its first paragraph names it: the first run of at least two
 * capitalised words (joined by of, in, for, and, on, the, to) that ends in an organisation noun
 * ({@code … the Connecticut Trafficking in Persons Council (TIP) is releasing …} → {@code Connecticut Trafficking in
 * Persons Council}). Empty when there is none; nothing is made up.
 */
final class IssuerFinder {
    private static final String WORD = "\\p{Lu}[\\p{L}\u2019'.-]*";
    private static final Pattern RUN = Pattern.compile(WORD + "(?: (?:(?:of|in|for|and|on|the|to) )*" + WORD + ")*");
    private static final Set<String> ORGANISATION_NOUNS = Set.of("Agency", "Alliance", "Association", "Authority",
            "Board", "Bureau", "Center", "Centre", "Coalition", "Commission", "Committee", "Council", "Court",
            "Department", "Division", "Force", "Foundation", "Institute", "Ministry", "Network", "Office", "Police",
            "Service", "Services", "Team", "Unit");

    private IssuerFinder() {
    }

    static Optional<String> find(String paragraph) {
        Matcher run = RUN.matcher(paragraph);
        while (run.find()) {
            String name = run.group();
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (name.indexOf(' ') > 0 && ORGANISATION_NOUNS.contains(last)) {
                return Optional.of(name.startsWith("The ") ? name.substring(4) : name);
            }
        }
        return Optional.empty();
    }
}
