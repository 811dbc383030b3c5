package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Document;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.SeedLine;
import org.demandatlas.model.SourceText;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;

/**
 * Parses one ingested file: classifies it ({@link DocumentClassifier}), reads it as a profile, an article or a press
 * release, and gives every line exactly one role. Problems are collected, never thrown, and returned in file order
 * with those of ingest. A file that is none of the kinds yields no document and an error saying why. Linear in the
 * file's length; safe to share between threads.
 */
public final class DocumentParser {
    private final DocumentClassifier classifier;
    private final ProfileParser profiles;
    private final ArticleParser articles;
    private final PressReleaseParser pressReleases;

    public DocumentParser(Taxonomy taxonomy, States states) {
        this.classifier = new DocumentClassifier(states);
        this.profiles = new ProfileParser(taxonomy, states);
        this.articles = new ArticleParser(states);
        this.pressReleases = new PressReleaseParser(states);
    }

    public ParsedDocument parse(SourceText source) {
        ParseContext context = new ParseContext(source);
        ParsedParts parts = hasContent(source) ? parseContent(context) : nothing(context);
        List<LineRole> roles = context.finishRoles();
        Document document = parts.document() == null ? null : parts.document().withLines(lines(source, roles));
        return new ParsedDocument(source.file(), document, parts.jurisdiction(), roles, context.finishProblems());
    }

    private static List<SeedLine> lines(SourceText source, List<LineRole> roles) {
        List<SeedLine> lines = new ArrayList<>(roles.size());
        for (int n = 1; n <= roles.size(); n++) {
            lines.add(new SeedLine(n, roles.get(n - 1), source.line(n)));
        }
        return lines;
    }

    private ParsedParts parseContent(ParseContext context) {
        Classification classification = classifier.classify(context.source().lines());
        for (int junk : classification.junkLines()) {
            context.role(junk, LineRole.JUNK);
            context.warn(junk, context.firstColumn(junk), "stray line '" + Text.collapse(context.line(junk))
                    + "' before the document starts; ignored");
        }
        if (classification.kind() == null) {
            return unclassified(context, classification);
        }
        return switch (classification.kind()) {
            case PROFILE -> profiles.parse(context, classification);
            case ARTICLE -> articles.parse(context, classification);
            case PRESS_RELEASE -> pressReleases.parse(context, classification);
        };
    }

    private static ParsedParts unclassified(ParseContext context, Classification classification) {
        int line = classification.line();
        context.error(line, line == 0 ? 0 : context.firstColumn(line), classification.reason());
        for (int n = 1; n <= context.lineCount(); n++) {
            boolean header = n == classification.contentLine() && HeaderLine.find(context.line(n), n).isPresent();
            context.role(n, context.isBlank(n) ? LineRole.BLANK : header ? LineRole.HEADER : LineRole.JUNK);
        }
        return ParsedParts.NONE;
    }

    /** An empty or blank file: ingest has said so, unless the text was made some other way. */
    private static ParsedParts nothing(ParseContext context) {
        if (context.source().problems().stream().noneMatch(p -> p.isError())) {
            context.error(0, 0, "file is empty (expected a profile, article or press release)");
        }
        return ParsedParts.NONE;
    }

    private static boolean hasContent(SourceText source) {
        return source.lines().stream().anyMatch(line -> !Text.isBlank(line));
    }
}
