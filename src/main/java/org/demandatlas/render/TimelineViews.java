package org.demandatlas.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.TimelineView;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.PlaceMentions;

/** Timeline events as profiles and state pages show them. */
final class TimelineViews {
    private final BuildContext context;

    private final PlaceMentions places;

    TimelineViews(BuildContext context) {
        this.context = context;
        this.places = context.index().places();
    }

    List<TimelineView> of(List<TimelineEvent> events, Href href, boolean withPlace) {
        return events.stream().map(e -> view(e, href, withPlace)).toList();
    }

    private TimelineView view(TimelineEvent e, Href href, boolean withPlace) {
        List<Link> tactics = e.tactics().stream().map(id -> context.views().tactic(id, id, href)).toList();
        return new TimelineView(e.date(), dateText(e), e.sentence(), tactics,
                context.views().seedLine(e.file(), e.line(), href),
                withPlace ? about(e, href) : null, places(e));
    }

    /** "Places named: East Windsor; not counted as an event of Windsor Locks", or null when it names none. */
    private String places(TimelineEvent e) {
        List<String> named = places.in(e.sentence());
        if (named.isEmpty()) {
            return null;
        }
        String note = "Places named: " + String.join(", ", named);
        if (e.jurisdiction() == null) {
            note += context.index().atlas().documents().stream().filter(d -> d.file().equals(e.file()))
                    .map(d -> d.findJurisdiction().flatMap(context.index()::findJurisdiction)).flatMap(Optional::stream)
                    .findFirst().map(j -> "; not counted as an event of " + j.name()).orElse("");
        }
        return note + ".";
    }

    /** The date in words, a decade or century with the precision its sentence writes ("late 1990s", "the 1800s"). */
    static String dateText(TimelineEvent e) {
        return switch (e.precision()) {
            case DECADE, CENTURY -> qualified(e);
            default -> Formats.date(e.date());
        };
    }

    private static String qualified(TimelineEvent e) {
        Matcher m = Pattern.compile("\\b(early|mid|late)[- ](" + e.date() + "['\u2019]?s)\\b",
                Pattern.CASE_INSENSITIVE).matcher(e.sentence());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " + e.date() + "s" : "the " + e.date() + "s";
    }

    private Link about(TimelineEvent e, Href href) {
        if (e.jurisdiction() == null) {
            return new Link(null, e.file());
        }
        return context.index().findJurisdiction(e.jurisdiction()).map(j -> context.views().jurisdiction(j, href))
                .orElseGet(() -> context.index().atlas().documents().stream()
                        .filter(d -> d.file().equals(e.file())).findFirst()
                        .map(d -> new Link(href.to(Routes.document(d.id())), ViewFactory.labelled(d)))
                        .orElse(new Link(null, e.file())));
    }
}
