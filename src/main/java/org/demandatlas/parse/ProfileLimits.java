package org.demandatlas.parse;

import java.util.List;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticUse;

/**
 * How much one profile may list: {@value #MAX_TACTICS} distinct tactics, {@value #MAX_PARTNERS} partners and
 * {@value #MAX_CITATIONS} citations. A real profile lists a few dozen of each; a file beyond a limit is an error
 * (one per section, at its first entry, e.g. {@code Key Partners lists 100000 partners (expected at most 1000)})
 * and is not published, so that one hostile file cannot make the build take minutes or the site gigabytes.
 */
final class ProfileLimits {
    static final int MAX_TACTICS = 1_000;
    static final int MAX_PARTNERS = 1_000;
    static final int MAX_CITATIONS = 5_000;

    private ProfileLimits() {
    }

    /** Reports every section over its limit; true when the profile is within all of them. */
    static boolean check(ParseContext context, List<TacticUse> tactics, List<Partner> partners,
                         List<SourceCategory> sources) {
        boolean ok = within(context, "Tactics Used", "tactics", tactics.size(), MAX_TACTICS,
                tactics.isEmpty() ? 0 : tactics.get(0).line());
        ok &= within(context, "Key Partners", "partners", partners.size(), MAX_PARTNERS,
                partners.isEmpty() ? 0 : partners.get(0).line());
        int citations = sources.stream().mapToInt(s -> s.citations().size()).sum();
        return ok & within(context, "Key Sources", "citations", citations, MAX_CITATIONS,
                sources.isEmpty() ? 0 : sources.get(0).line());
    }

    private static boolean within(ParseContext context, String section, String what, int count, int max, int line) {
        if (count <= max) {
            return true;
        }
        context.error(line, 1, section + " lists " + count + " " + what + " (expected at most " + max + ")");
        return false;
    }
}
