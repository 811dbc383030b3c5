package org.demandatlas.render;

import java.util.List;
import java.util.Optional;
import org.demandatlas.model.DatePrecision;
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

    /**
     * "Places named: East Windsor; not counted as an event of Windsor Locks", or null when it names none or only
     * the jurisdiction the event is counted for (the entry already says so).
     */
    private String places(TimelineEvent e) {
        List<String> named = places.in(e.sentence());
        if (named.isEmpty() || named.size() == 1 && named.get(0).equals(ownName(e))) {
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

    private String ownName(TimelineEvent e) {
        return e.jurisdiction() == null ? null
                : context.index().findJurisdiction(e.jurisdiction()).map(j -> j.name()).orElse(null);
    }

    /**
     * The date in words as its sentence writes it: a decade or century as "the 1990s" or with its qualifier ("late
     * 1990s"), a qualified date with its word ("by 2018", "late 2009"), a range from its start to its end
     * ("2014–2016", "January–February 2018").
     */
    static String dateText(TimelineEvent e) {
        String text = e.isRange() ? range(e) : one(e.date(), e.precision(), e.qualifier() == null);
        return e.qualifier() == null ? text : e.qualifier() + " " + text;
    }

    private static String one(String iso, DatePrecision precision, boolean withArticle) {
        return switch (precision) {
            case DECADE, CENTURY -> (withArticle ? "the " : "") + iso + "s";
            default -> Formats.date(iso);
        };
    }

    private static String range(TimelineEvent e) {
        String start = one(e.date(), e.precision(), false);
        String end = one(e.end(), e.endPrecision(), false);
        boolean sameYear = e.precision() == DatePrecision.MONTH && e.endPrecision() == DatePrecision.MONTH
                && e.year().equals(e.end().substring(0, 4));
        return (sameYear ? start.substring(0, start.length() - 5) : start) + "\u2013" + end;
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
