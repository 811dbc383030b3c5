package org.demandatlas.parse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.States;

/**
 * Reads a press release: its letterhead (the lines up to the last marker line, such as
 * {@code FOR IMMEDIATE RELEASE Jan. 11, 2017}, which also gives the date; marker lines are HEADER, the others, such
 * as an address, BOILERPLATE and left out of the body), then a hard-wrapped body re-joined into
 * paragraphs, quotations and list items. It concerns the state it names most ({@code ct}), so it yields the
 * document {@code ct-press-release} and no jurisdiction record; its title is built from what it states:
 * {@code Press release: <issuer or state>, <date>}. An end mark ({@code ###}, {@code -30-}) is boilerplate.
 */
final class PressReleaseParser {
    private static final Set<String> END_MARKS = Set.of("###", "-30-", "- 30 -");
    private final StateMentions mentions;

    PressReleaseParser(States states) {
        this.mentions = new StateMentions(states);
    }

    ParsedParts parse(ParseContext context, Classification classification) {
        int letterheadEnd = letterheadEnd(context, classification.contentLine());
        String date = date(context, classification.contentLine(), letterheadEnd);
        int bodyEnd = bodyEnd(context);
        List<RawBlock> raw = WrappedTextJoiner.join(context, letterheadEnd + 1, bodyEnd);
        List<Block> body = BodyBuilder.build(context, raw, HeadingRule.PRESS_RELEASE, LineRole.BODY);
        Optional<StateMentions.Mention> mention = mentions.findMostMentioned(context.source().lines());
        if (mention.isEmpty()) {
            context.error(0, 0, "press release names no U.S. state (expected a state name such as Connecticut)");
            return ParsedParts.NONE;
        }
        String issuer = body.isEmpty() ? "" : IssuerFinder.find(body.get(0).text()).orElse("");
        String title = "Press release: " + (issuer.isEmpty() ? mention.get().state().name() : issuer)
                + (date == null ? "" : ", " + DateParser.spelledOut(date));
        String reason = classification.reason() + "; about " + mention.get().state().name()
                + " (most-mentioned state, " + mention.get().count() + (mention.get().count() == 1 ? " mention)"
                : " mentions)");
        String slug = mention.get().state().slug();
        Document document = new Document(slug + "-" + DocumentKind.PRESS_RELEASE.id(), DocumentKind.PRESS_RELEASE,
                reason, context.file(), context.source().sha256(), title, slug, date, body);
        return new ParsedParts(document, null);
    }

    /** The last marker line among the first non-blank lines; the lines up to it are the letterhead. */
    private static int letterheadEnd(ParseContext context, int contentLine) {
        int end = contentLine - 1;
        int nonBlank = 0;
        for (int n = contentLine; n <= context.lineCount() && nonBlank < PressMarkers.WINDOW; n++) {
            if (!context.isBlank(n)) {
                nonBlank++;
                end = PressMarkers.find(context.line(n)).isPresent() ? n : end;
            }
        }
        for (int n = contentLine; n <= end; n++) {
            boolean marker = PressMarkers.find(context.line(n)).isPresent();
            context.role(n, context.isBlank(n) ? LineRole.BLANK : marker ? LineRole.HEADER : LineRole.BOILERPLATE);
        }
        return end;
    }

    /** The first full date on a marker line, in ISO; an impossible date is an error. */
    private static String date(ParseContext context, int from, int to) {
        for (int n = from; n <= to; n++) {
            String line = context.line(n);
            Optional<String> marker = PressMarkers.find(line);
            if (marker.isEmpty()) {
                continue;
            }
            int offset = line.indexOf(marker.get()) + marker.get().length();
            Optional<DateParser.DateMatch> found = DateParser.findFirst(line.substring(offset));
            if (found.isPresent() && !found.get().valid()) {
                context.error(n, offset + found.get().start() + 1, "invalid date '" + found.get().text()
                        + "' (expected a real calendar date such as Jan. 11, 2017)");
            } else if (found.isPresent() && found.get().iso().length() == "2017-01-11".length()) {
                return found.get().iso();
            }
        }
        return null;
    }

    /** The last line of the body: before a final end mark, which is boilerplate. */
    private static int bodyEnd(ParseContext context) {
        int last = context.lineCount();
        while (last > 0 && context.isBlank(last)) {
            last--;
        }
        if (last > 0 && END_MARKS.contains(Text.collapse(context.line(last)))) {
            context.role(last, LineRole.BOILERPLATE);
            return last - 1;
        }
        return context.lineCount();
    }
}
