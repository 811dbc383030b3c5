package org.demandatlas.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;

/**
 * The organisations a press release names, in order of first mention: runs of capitalised words (joined by of, in,
 * for, and, on, the, to, Against) that end in an organisation noun ({@code Connecticut Trafficking in Persons
 * Council}). The first is the issuer. Nothing is made up: a name must be written out in full.
 */
final class Organisations {
    private static final String WORD = "\\p{Lu}[\\p{L}\u2019'.-]*";
    private static final Pattern RUN = Pattern.compile(WORD + "(?: (?:(?:of|in|for|and|on|the|to) )*" + WORD + ")*");
    private static final Set<String> NOUNS = Set.of("Agency", "Alliance", "Association", "Authority", "Board",
            "Bureau", "Center", "Coalition", "Commission", "Committee", "Council", "Court", "Department", "Division",
            "Foundation", "Institute", "Network", "Office", "Subcommittee", "Team", "Unit");

    private Organisations() {
    }

    static List<String> of(Document document) {
        Set<String> names = new LinkedHashSet<>();
        for (Block block : document.body()) {
            Matcher run = RUN.matcher(block.text());
            while (run.find()) {
                String name = run.group().startsWith("The ") ? run.group().substring(4) : run.group();
                if (name.indexOf(' ') > 0 && NOUNS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }
}
