package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Partner;
import org.demandatlas.model.StateRef;
import org.demandatlas.render.page.BlockView;
import org.demandatlas.render.page.CitationView;
import org.demandatlas.render.page.DocumentView;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.StateGroup;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/** Builds the small view records several pages share (links, documents, citations, text blocks). */
final class ViewFactory {
    private final SiteIndex index;

    private final Map<String, Document> documentByFile = new TreeMap<>();

    ViewFactory(SiteIndex index) {
        this.index = index;
        index.atlas().documents().forEach(d -> documentByFile.putIfAbsent(d.file(), d));
    }

    /**
     * A seed-line reference ({@code seeds/x.txt:23}) as a link to that line on the file's document page; line 0
     * (the whole file), or a line the document does not hold, links the page; plain text when no document comes
     * from the file.
     */
    /** A document's title with its kind's label when it is not curated: "… (Official press release)". */
    static String labelled(Document d) {
        return d.curated() ? d.title() : d.title() + " (" + d.kind().label() + ")";
    }

    /** Line {@code line} of the jurisdiction's own profile, linked as {@link #seedLine}. */
    Link profileLine(Jurisdiction j, int line, Href href) {
        String file = j.documents().stream().map(index::findDocument).flatMap(java.util.Optional::stream)
                .filter(d -> d.curated() == j.curated()).map(Document::file).findFirst().orElse("");
        return file.isEmpty() ? new Link(null, "line " + line) : seedLine(file, line, href);
    }

    Link seedLine(String file, int line, Href href) {
        String text = line == 0 ? file : file + ":" + line;
        Document document = documentByFile.get(file);
        if (document == null) {
            return new Link(null, text);
        }
        String page = Routes.document(document.id());
        boolean held = line >= 1 && line <= document.lines().size();
        return new Link(href.to(held ? Routes.anchored(page, Anchors.line(line)) : page), text);
    }

    Link jurisdiction(Jurisdiction jurisdiction, Href href) {
        return new Link(href.to(Routes.jurisdiction(jurisdiction.id())), jurisdiction.name());
    }

    /** A link to a state page, or plain text when the state has none. */
    Link state(StateRef state, Href href) {
        return new Link(index.findState(state.slug()).map(s -> href.to(Routes.state(state.code()))).orElse(null),
                state.name());
    }

    /** A link to a tactic page, or plain text (flagged) when the taxonomy does not know the id. */
    Link tactic(String id, String name, Href href) {
        return index.findTactic(id).map(t -> new Link(href.to(Routes.tactic(id)), t.tactic().name()))
                .orElseGet(() -> new Link(null, name + " (not in the taxonomy)"));
    }

    /** A link to a partner page, or plain text when the catalog lists no such partner. */
    Link partner(Partner partner, Href href) {
        return new Link(index.findPartner(partner.id()).map(p -> href.to(Routes.partner(p.id()))).orElse(null),
                partner.name());
    }

    DocumentView document(Document document, Href href) {
        return new DocumentView(new Link(href.to(Routes.document(document.id())), document.title()),
                document.kind().id(),
                document.kind().label(), document.curated(), document.classification(), document.file(),
                document.sha256(), document.date());
    }

    CitationView citation(CitationRef ref, Href href) {
        Link profile = new Link(href.to(Routes.jurisdiction(ref.jurisdiction().id())),
                ref.jurisdiction().name() + ", " + ref.jurisdiction().state().code());
        return new CitationView(ref.number(), ref.anchor(), ref.citation().title(), ref.citation().publisher(),
                Formats.date(ref.citation().date()), ref.citation().date(), ref.category().category(), profile,
                href.to(ref.sitePath()));
    }

    /** Jurisdictions (ids, sorted) grouped by state, states in code order. */
    List<StateGroup> byState(List<String> jurisdictionIds, Href href) {
        Map<String, List<Jurisdiction>> groups = new TreeMap<>();
        for (String id : jurisdictionIds) {
            Jurisdiction jurisdiction = index.requireJurisdiction(id);
            groups.computeIfAbsent(jurisdiction.state().code(), k -> new ArrayList<>()).add(jurisdiction);
        }
        return groups.values().stream().map(list -> new StateGroup(state(list.get(0).state(), href),
                list.stream().map(j -> jurisdiction(j, href)).toList())).toList();
    }

    /** Blocks as the templates show them, each with its anchor; consecutive list items become one list. */
    static List<BlockView> blocks(List<Block> blocks) {
        List<BlockView> views = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String anchor = Anchors.block(i + 1);
            if (block.kind() == BlockKind.LIST_ITEM) {
                items.add(block.text());
                anchors.add(anchor);
                continue;
            }
            flushList(views, items, anchors);
            views.add(new BlockView(block.kind().id(), anchor, block.text(), List.of(), List.of()));
        }
        flushList(views, items, anchors);
        return views;
    }

    private static void flushList(List<BlockView> views, List<String> items, List<String> anchors) {
        if (!items.isEmpty()) {
            views.add(new BlockView("list", "", null, items, anchors));
            items.clear();
            anchors.clear();
        }
    }
}
