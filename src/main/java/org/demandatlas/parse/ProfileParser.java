package org.demandatlas.parse;

import java.util.List;
import java.util.Optional;
import org.demandatlas.model.Block;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Partner;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.Taxonomy;

/**
 * Reads a curated profile: header, tactics, narrative, partners, sources and trailer, into a curated
 * {@link Jurisdiction} and its PROFILE {@link Document} ({@code ct-hartford-profile}, titled {@code Hartford, CT},
 * its body the narrative). Every section is read even when the header is unusable, so that all problems are found;
 * then no document is made.
 */
final class ProfileParser {
    private final Taxonomy taxonomy;
    private final States states;
    private final TacticListParser tacticParser;
    private final SourceListParser sourceParser;
    private final TrailerParser trailerParser;

    ProfileParser(Taxonomy taxonomy, States states) {
        this.taxonomy = taxonomy;
        this.states = states;
        this.tacticParser = new TacticListParser(taxonomy);
        this.sourceParser = new SourceListParser(new CategoryTactics(taxonomy));
        this.trailerParser = new TrailerParser(states);
    }

    ParsedParts parse(ParseContext context, Classification classification) {
        int headerLine = classification.contentLine();
        HeaderLine header = HeaderLine.find(context.line(headerLine), headerLine).orElseThrow();
        context.role(headerLine, LineRole.HEADER);
        Optional<StateRef> state = HeaderChecks.state(context, header, states);
        boolean nameUsable = HeaderChecks.checkName(context, header);
        ProfileLayout layout = ProfileLayout.split(context, headerLine, taxonomy, states);
        List<TacticUse> tactics = tacticParser.parse(context, layout.tactics);
        List<RawBlock> raw = layout.narrative.stream().map(n -> RawBlock.ofLine(n, context.line(n))).toList();
        List<Block> narrative = BodyBuilder.build(context, raw, HeadingRule.PROFILE, LineRole.NARRATIVE);
        List<Partner> partners = PartnerListParser.parse(context, layout.partners);
        List<SourceCategory> sources = sourceParser.parse(context, layout.sources, layout.keySourcesLine);
        TrailerParser.Trailer trailer = trailerParser.parse(context, layout.trailer, state, header.name());
        boolean withinLimits = ProfileLimits.check(context, tactics, partners, sources);
        Optional<String> id = state.filter(s -> nameUsable).flatMap(s -> documentId(context, header, s));
        if (id.isEmpty() || !withinLimits) {
            return ParsedParts.NONE;
        }
        Jurisdiction jurisdiction = new Jurisdiction(Jurisdiction.idOf(state.get(), header.name()), header.name(),
                state.get(), trailer.type(), trailer.population(), true, tactics, partners, sources, narrative,
                List.of(id.get()));
        Document document = new Document(id.get(), DocumentKind.PROFILE,
                classification.reason(), context.file(), context.source().sha256(),
                header.name() + ", " + state.get().code(), jurisdiction.id(), null, narrative);
        return new ParsedParts(document, jurisdiction);
    }

    /** {@code ct-hartford-profile}; empty, with an error, when the name's slug makes it too long for an id. */
    private static Optional<String> documentId(ParseContext context, HeaderLine header, StateRef state) {
        String id = state.slug() + "-" + Slugs.slugify(header.name()) + "-" + DocumentKind.PROFILE.id();
        if (!Slugs.isSlug(id)) {
            context.error(header.line(), header.nameColumn(), "name '" + Text.excerpt(header.name())
                    + "' makes a document id too long (expected a shorter name)");
            return Optional.empty();
        }
        return Optional.of(id);
    }
}
