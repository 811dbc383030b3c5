package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;

/**
 * Reads an unsourced web article: its title line, then one block per line (question headings, paragraphs, bulleted
 * list items). It concerns the place its title names ({@code … in West Hartford: …}), in the state the title gives
 * or else the state its text names most; for a place it yields a non-curated jurisdiction stub
 * ({@code ct/west-hartford}, no population, no sections) and the document {@code ct-west-hartford-article}; for a
 * state alone the document {@code ct-article}. An article naming no state is an error.
 */
final class ArticleParser {
    private final States states;
    private final StateMentions mentions;

    ArticleParser(States states) {
        this.states = states;
        this.mentions = new StateMentions(states);
    }

    ParsedParts parse(ParseContext context, Classification classification) {
        int titleLine = classification.contentLine();
        context.role(titleLine, LineRole.TITLE);
        String title = Text.collapse(context.line(titleLine));
        List<Block> body = BodyBuilder.build(context, bodyBlocks(context, titleLine), HeadingRule.ARTICLE,
                LineRole.BODY);
        Optional<PlaceFinder.Place> place = PlaceFinder.findInTitle(title);
        StringBuilder reason = new StringBuilder(classification.reason()).append("; about ");
        Optional<StateRef> state = findState(context, place, reason);
        if (state.isEmpty()) {
            context.error(titleLine, context.firstColumn(titleLine), "article names no U.S. state"
                    + " (expected a state name such as Connecticut in its title or text)");
            return ParsedParts.NONE;
        }
        Optional<String> placeName = place.map(PlaceFinder.Place::name)
                .filter(name -> states.findByName(name).isEmpty());
        Optional<String> id = findDocumentId(context, titleLine, state.get(), placeName);
        Jurisdiction stub = id.flatMap(found -> placeName.map(name -> stub(name, state.get(), found))).orElse(null);
        return id.map(found -> new ParsedParts(new Document(found, DocumentKind.ARTICLE, reason.toString(),
                context.file(), context.source().sha256(), title, stub == null ? state.get().slug() : stub.id(), null,
                body), stub)).orElse(ParsedParts.NONE);
    }

    private static List<RawBlock> bodyBlocks(ParseContext context, int titleLine) {
        List<RawBlock> raw = new ArrayList<>();
        for (int n = titleLine + 1; n <= context.lineCount(); n++) {
            if (!context.isBlank(n)) {
                raw.add(RawBlock.ofLine(n, context.line(n)));
            }
        }
        return raw;
    }

    /** {@code ct-west-hartford-article}, or {@code ct-article} for a state; empty, with an error, when too long. */
    private static Optional<String> findDocumentId(ParseContext context, int titleLine, StateRef state,
                                                   Optional<String> placeName) {
        String id = state.slug() + placeName.map(name -> "-" + Slugs.slugify(name)).orElse("") + "-"
                + DocumentKind.ARTICLE.id();
        if (!Slugs.isSlug(id)) {
            context.error(titleLine, context.firstColumn(titleLine), "place name '" + Text.excerpt(placeName.get())
                    + "' makes a document id too long (expected a shorter name)");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Optional<StateRef> findState(ParseContext context, Optional<PlaceFinder.Place> place, StringBuilder reason) {
        place.ifPresent(found -> reason.append(found.name()).append(" (from the title), "));
        Optional<StateRef> fromTitle = place.map(PlaceFinder.Place::code).flatMap(states::findByCode);
        if (fromTitle.isPresent()) {
            reason.append(fromTitle.get().name()).append(" (from the title)");
            return fromTitle;
        }
        Optional<StateMentions.Mention> most = mentions.findMostMentioned(context.source().lines());
        most.ifPresent(mention -> reason.append(mention.state().name()).append(" (most-mentioned state, ")
                .append(mention.count()).append(mention.count() == 1 ? " mention)" : " mentions)"));
        return most.map(StateMentions.Mention::state);
    }

    private static Jurisdiction stub(String name, StateRef state, String documentId) {
        return new Jurisdiction(Jurisdiction.idOf(state, name), name, state, null, null,
                false, List.of(), List.of(), List.of(), List.of(), List.of(documentId));
    }
}
