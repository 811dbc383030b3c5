package org.demandatlas.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.StatuteRef;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.StatuteView;
import org.demandatlas.routes.Routes;

/** Statute references grouped by what they cite ({@code §53a-83(c)} once, with every document citing it). */
final class StatuteViews {
    private final BuildContext context;

    StatuteViews(BuildContext context) {
        this.context = context;
    }

    List<StatuteView> of(List<StatuteRef> refs, Href href) {
        Map<String, List<StatuteRef>> byLabel = new LinkedHashMap<>();
        refs.stream().sorted((a, b) -> a.label().compareTo(b.label()))
                .forEach(r -> byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        return byLabel.entrySet().stream().map(e -> view(e.getKey(), e.getValue(), href)).toList();
    }

    private StatuteView view(String label, List<StatuteRef> refs, Href href) {
        Set<String> written = new LinkedHashSet<>();
        Set<String> documentIds = new LinkedHashSet<>();
        refs.forEach(r -> {
            written.add(r.asWritten());
            documentIds.add(r.document());
        });
        List<Link> documents = documentIds.stream().map(id -> context.index().findDocument(id))
                .flatMap(Optional::stream).map(d -> new Link(href.to(Routes.document(d.id())), ViewFactory.labelled(d))).toList();
        return new StatuteView(new Link(refs.get(0).url(), label), List.copyOf(written), documents);
    }
}
