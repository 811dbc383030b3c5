package org.demandatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.render.page.DocumentPage;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/** Builds {@code /documents/ID/index.html} for every seed document. */
final class DocumentPageBuilder {
    private final BuildContext context;

    DocumentPageBuilder(BuildContext context) {
        this.context = context;
    }

    /** Every document; the first of each kind stands for the type. */
    List<Page> pages() {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        return context.index().atlas().documents().stream().map(d -> {
            Page page = Page.of(Routes.document(d.id()), () -> job(d)).showing(d);
            return kinds.add(d.kind()) ? page.asExample(d.kind().id()) : page;
        }).toList();
    }

    private PageJob job(Document document) {
        String file = Routes.file(Routes.document(document.id()));
        Href href = Href.forPage(file);
        DocumentPage page = new DocumentPage(document.title(), context.views().document(document, href),
                concerns(document, href), DocumentPresentation.body(document),
                new StatuteViews(context).of(context.index().atlas().statutes().stream()
                        .filter(r -> r.document().equals(document.id())).toList(), href),
                document.kind() == DocumentKind.PRESS_RELEASE, DocumentPresentation.claims(document),
                document.kind() == DocumentKind.PRESS_RELEASE ? Organisations.of(document) : List.of(),
                document.lines().stream().map(l -> new DocumentPage.LineView(l.number(), Anchors.line(l.number()),
                        l.role().id(), l.text())).toList());
        String description = document.kind().label() + ": " + document.title() + " (" + document.file() + ").";
        PageInfo info = PageInfo.of(file, document.title(), description, "sources",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info.withJsonLd("article", null).withDataDate(context.index()
                .findDataDate(java.util.Set.of(document.file()), java.util.stream.Stream.empty())), "document", page);
    }

    /** The jurisdiction or state the document is about, linked when it has a page; null when unknown. */
    private Link concerns(Document document, Href href) {
        String id = document.jurisdiction();
        if (id == null) {
            return null;
        }
        if (id.contains("/")) {
            return context.index().findJurisdiction(id)
                    .map(j -> new Link(href.to(Routes.jurisdiction(j.id())), j.name() + ", " + j.state().name()))
                    .orElseGet(() -> new Link(null, id));
        }
        return context.index().findState(id)
                .map(s -> new Link(href.to(Routes.state(s.state().code())), s.state().name()))
                .orElseGet(() -> new Link(null, id));
    }
}
