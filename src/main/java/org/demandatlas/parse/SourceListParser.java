package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Citation;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.SourceCategory;

/**
 * Reads Key Sources: a line ending in a colon opens a category (kept even when no citation follows); any other
 * line is a citation of the open category. A citation before any category is reported and listed under a category
 * named after the section heading, {@code Key Sources}, which maps to no tactic.
 */
final class SourceListParser {
    static final String UNCATEGORISED = "Key Sources";
    private final CategoryTactics categoryTactics;

    SourceListParser(CategoryTactics categoryTactics) {
        this.categoryTactics = categoryTactics;
    }

    List<SourceCategory> parse(ParseContext context, List<Integer> lines, int headingLine) {
        List<SourceCategory> categories = new ArrayList<>();
        OpenCategory open = null;
        for (int n : lines) {
            String text = Text.collapse(context.line(n));
            if (isCategory(text)) {
                addIfOpen(categories, open);
                String category = Text.trim(text.substring(0, text.length() - 1));
                open = new OpenCategory(category, categoryTactics.tacticsOf(context, category, n,
                        context.firstColumn(n)), n);
                context.role(n, LineRole.SOURCE_CATEGORY);
                continue;
            }
            if (open == null) {
                context.warn(n, context.firstColumn(n), "citation outside any category; listed under '"
                        + UNCATEGORISED + "'");
                open = new OpenCategory(UNCATEGORISED, List.of(), headingLine);
            }
            context.role(n, LineRole.CITATION);
            open.citations.add(CitationParser.parse(context, n));
        }
        addIfOpen(categories, open);
        return categories;
    }

    /** The category being read and its citations so far. */
    private record OpenCategory(String category, List<String> tactics, int line, List<Citation> citations) {
        OpenCategory(String category, List<String> tactics, int line) {
            this(category, tactics, line, new ArrayList<>());
        }
    }

    private static boolean isCategory(String text) {
        return text.length() > 1 && text.endsWith(":") && Text.findBulletItem(text).isEmpty()
                && !Text.startsWithQuote(text);
    }

    private static void addIfOpen(List<SourceCategory> categories, OpenCategory open) {
        if (open != null) {
            categories.add(new SourceCategory(open.category, open.tactics, open.citations, open.line));
        }
    }
}
