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
        String category = null;
        int categoryLine = 0;
        List<String> tactics = List.of();
        List<Citation> citations = new ArrayList<>();
        for (int n : lines) {
            String text = Text.collapse(context.line(n));
            if (isCategory(text)) {
                addIfOpen(categories, category, tactics, citations, categoryLine);
                category = Text.trim(text.substring(0, text.length() - 1));
                categoryLine = n;
                tactics = categoryTactics.tacticsOf(context, category, n, context.firstColumn(n));
                citations = new ArrayList<>();
                context.role(n, LineRole.SOURCE_CATEGORY);
                continue;
            }
            if (category == null) {
                context.warn(n, context.firstColumn(n), "citation outside any category; listed under '"
                        + UNCATEGORISED + "'");
                category = UNCATEGORISED;
                categoryLine = headingLine;
            }
            context.role(n, LineRole.CITATION);
            citations.add(CitationParser.parse(context, n));
        }
        addIfOpen(categories, category, tactics, citations, categoryLine);
        return categories;
    }

    private static boolean isCategory(String text) {
        return text.length() > 1 && text.endsWith(":") && Text.afterBullet(text).isEmpty()
                && !Text.startsWithQuote(text);
    }

    private static void addIfOpen(List<SourceCategory> categories, String category, List<String> tactics,
                                  List<Citation> citations, int line) {
        if (category != null) {
            categories.add(new SourceCategory(category, tactics, citations, line));
        }
    }
}
