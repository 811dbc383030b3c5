package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.Taxonomy;

/**
 * Reads the Tactics Used lines in any of the four shapes (plain lists in sentence or title case, old or current
 * names; a table with a tick per used tactic) into tactic uses resolved against the taxonomy. A name the taxonomy
 * does not know is kept (id = slug of its text) with a warning; a line of several names separated by commas or
 * semicolons that is not itself a name is read name by name; a bullet of any common glyph is dropped; a tactic
 * listed twice is kept once, with a warning.
 */
final class TacticListParser {
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(",\\s+|\\s*;\\s*");
    private final Taxonomy taxonomy;

    TacticListParser(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<TacticUse> parse(ParseContext context, List<Integer> lines) {
        Map<String, TacticUse> uses = new HashMap<>();
        List<TacticUse> ordered = new ArrayList<>();
        for (int n : lines) {
            context.role(n, LineRole.TACTIC);
            for (Named named : namesOn(context, n)) {
                TacticUse use = resolve(context, n, named);
                TacticUse first = uses.putIfAbsent(use.id(), use);
                if (first == null) {
                    ordered.add(use);
                } else {
                    context.role(n, LineRole.DUPLICATE);
                    context.warn(ProblemKind.DUPLICATE, n, named.column,
                            "duplicate tactic '" + use.name() + "' (first at line "
                            + first.line() + ")");
                }
            }
        }
        return ordered;
    }

    /** A name as written on a line and its 1-based column. */
    private record Named(String text, int column) {
    }

    private List<Named> namesOn(ParseContext context, int n) {
        String line = context.line(n);
        int offset = Text.start(line);
        String trimmed = Text.trim(line);
        Optional<TacticTable> row = TacticTable.parse(trimmed);
        if (row.isPresent()) {
            return fromRow(context, n, row.get(), offset);
        }
        String text = Text.findBulletItem(trimmed).orElseGet(() -> Text.collapse(trimmed));
        int column = offset + trimmed.indexOf(text.isEmpty() ? trimmed : text.substring(0, 1)) + 1;
        if (taxonomy.findByName(text).isPresent() || !SEPARATOR.matcher(text).find()) {
            return List.of(new Named(text, column));
        }
        List<Named> names = new ArrayList<>();
        int from = 0;
        for (String part : SEPARATOR.split(text)) {
            int at = text.indexOf(part, from);
            if (!Text.isBlank(part)) {
                names.add(new Named(Text.collapse(part), column + at));
            }
            from = at + part.length();
        }
        return names;
    }

    private List<Named> fromRow(ParseContext context, int n, TacticTable row, int offset) {
        int column = offset + row.nameOffset() + 1;
        if (row.mark() == TacticTable.Mark.UNCLEAR || (row.name().isEmpty() && row.mark() == TacticTable.Mark.USED)) {
            context.warn(n, column, "unclear tactic table row '" + Text.excerpt(Text.collapse(context.line(n)))
                    + "'; read as not used (expected a tactic name and a tick such as \u2713 or an empty cell)");
            return List.of();
        }
        return row.mark() == TacticTable.Mark.USED ? List.of(new Named(row.name(), column)) : List.of();
    }

    private TacticUse resolve(ParseContext context, int n, Named named) {
        Optional<TacticDefinition> known = taxonomy.findByName(named.text);
        if (known.isPresent()) {
            return new TacticUse(known.get().id(), known.get().name(), named.text, true, n);
        }
        context.warn(n, named.column, "unknown tactic '" + Text.excerpt(named.text)
                + "' (expected one of the taxonomy's names or synonyms)");
        return new TacticUse(Slugs.slugify(named.text), named.text, named.text, false, n);
    }
}
