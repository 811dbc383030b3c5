package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ProblemKind;

/**
 * Turns raw blocks into the blocks of a narrative or body: list items, quotations, headings (by a
 * {@link HeadingRule}) and paragraphs. An exact repeat of an earlier paragraph or quotation is kept once (its lines
 * get the role DUPLICATE, with a warning); a short line ending in a colon at the very end introduces nothing and is
 * left out (BOILERPLATE, with a warning). Linear: repeats are found with a hash map.
 */
final class BodyBuilder {
    private BodyBuilder() {
    }

    static List<Block> build(ParseContext context, List<RawBlock> raws, HeadingRule rule, LineRole role) {
        List<BlockKind> kinds = kinds(raws, rule);
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            RawBlock raw = raws.get(i);
            BlockKind kind = kinds.get(i);
            raw.lines().forEach(line -> context.role(line, role));
            if (i == raws.size() - 1 && isDangling(raw.text(), kind)) {
                dropDangling(context, raw);
            } else if (isRepeatable(kind) && firstLines.containsKey(raw.text())) {
                dropDuplicate(context, raw, firstLines.get(raw.text()));
            } else {
                if (isRepeatable(kind)) {
                    firstLines.putIfAbsent(raw.text(), raw.line());
                }
                blocks.add(new Block(kind, raw.text(), raw.line(), raw.starts()));
            }
        }
        return blocks;
    }

    private static List<BlockKind> kinds(List<RawBlock> raws, HeadingRule rule) {
        List<BlockKind> preliminary = raws.stream().map(BodyBuilder::preliminaryKind).toList();
        List<BlockKind> kinds = new ArrayList<>(preliminary);
        for (int i = 0; i < raws.size(); i++) {
            BlockKind next = i + 1 < raws.size() ? preliminary.get(i + 1) : null;
            if (preliminary.get(i) == BlockKind.PARAGRAPH && rule.isHeading(raws.get(i).text(), next)) {
                kinds.set(i, BlockKind.HEADING);
            }
        }
        return kinds;
    }

    private static BlockKind preliminaryKind(RawBlock raw) {
        if (raw.listItem()) {
            return BlockKind.LIST_ITEM;
        }
        return QuoteScanner.isQuotation(raw.text()) ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
    }

    private static boolean isRepeatable(BlockKind kind) {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.QUOTE;
    }

    private static boolean isDangling(String text, BlockKind kind) {
        return kind == BlockKind.PARAGRAPH && text.endsWith(":") && Text.words(text) <= HeadingRule.MAX_WORDS;
    }

    private static void dropDangling(ParseContext context, RawBlock raw) {
        raw.lines().forEach(line -> context.role(line, LineRole.BOILERPLATE));
        context.warn(raw.line(), context.firstColumn(raw.line()),
                "dangling line '" + raw.text() + "' at the end introduces nothing; left out");
    }

    private static void dropDuplicate(ParseContext context, RawBlock raw, int firstLine) {
        raw.lines().forEach(line -> context.role(line, LineRole.DUPLICATE));
        context.warn(ProblemKind.DUPLICATE, raw.line(), context.firstColumn(raw.line()),
                "duplicate paragraph (first at line " + firstLine + ")");
    }
}
