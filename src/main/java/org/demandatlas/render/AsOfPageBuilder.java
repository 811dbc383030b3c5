package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Release;
import org.demandatlas.model.ReleaseHistory.ArchivedProfile;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.render.page.CiteView;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /ST/slug/as-of-RELEASE/}: a jurisdiction as it stood in an earlier release, rendered from that
 * release's frozen data, marked archived and linking to the current page. Only versions that differ from the
 * current data are archived (see {@code ReleaseHistory}), and a version several releases held is one page (the
 * earlier releases' addresses send the reader to it), so history does not multiply the site.
 */
final class AsOfPageBuilder {
    /** What {@code as-of.html} shows. */
    public record AsOfPage(String name, String kicker, String release, String dataDate, Link current,
                           Link changes, Link data, String type, String population, boolean curated,
                           List<TacticRow> tactics, List<String> partners, List<CitationRow> citations,
                           CiteView cite) {
    }

    /** A tactic as listed then, with its evidence level then. */
    public record TacticRow(String name, String level) {
    }

    /** A citation then, numbered as its profile numbered it. */
    public record CitationRow(String anchor, String category, String title, String publisher, String date) {
    }

    private final BuildContext context;

    AsOfPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return context.releases().findHistory().map(h -> h.archived().stream()
                .map(a -> Page.of(Routes.asOf(a.jurisdiction().id(), a.release().id()), () -> job(a))).toList())
                .orElse(List.of());
    }

    private PageJob job(ArchivedProfile archived) {
        return archived.sameAs() == null ? page(archived) : pointer(archived);
    }

    /** A release that held the same version as a later one: a small page sending the reader to that one's. */
    private PageJob pointer(ArchivedProfile archived) {
        Jurisdiction j = archived.jurisdiction();
        String file = Routes.file(Routes.asOf(j.id(), archived.release().id()));
        Href href = Href.forPage(file);
        String target = Routes.asOf(j.id(), archived.sameAs());
        String canonical = context.options().findBaseUrl().isPresent() ? context.permalink(target)
                : href.to(target);
        PageInfo info = PageInfo.of(file, j.name() + ", " + j.state().code() + " as of release "
                + archived.release().id(), "Release " + archived.release().id() + " held the version of release "
                + archived.sameAs() + ".", "", List.of());
        return new PageJob(file, "redirect", context.metas().create(info.withDataDate(Optional.empty()), href, null),
                new RedirectPageBuilder.RedirectPage(j.name() + ", " + j.state().code() + " as of release "
                        + archived.sameAs(), href.to(target), canonical, href.to(Routes.STYLE)));
    }

    private PageJob page(ArchivedProfile archived) {
        Jurisdiction j = archived.jurisdiction();
        Release release = archived.release();
        String file = Routes.file(Routes.asOf(j.id(), release.id()));
        Href href = Href.forPage(file);
        boolean current = context.index().atlas().findJurisdiction(j.id()).isPresent();
        String date = release.dataDate() == null ? "undated" : Formats.date(release.dataDate());
        AsOfPage page = new AsOfPage(j.name(), Formats.type(j.type()) + " \u00B7 " + j.state().name(), release.id(),
                date, current ? new Link(href.to(Routes.jurisdiction(j.id())), "the current page") : null,
                new Link(href.to(Routes.anchored(Routes.CHANGES, "release-" + release.id())), "what changed"),
                new Link(href.to(Routes.releaseData(release.id())), "this release\u2019s data"),
                Formats.type(j.type()), Formats.number(j.population()), j.curated(), tactics(archived),
                j.partners().stream().map(p -> p.name()).distinct().toList(), citations(j),
                context.cite(j.id(), j.name() + ", " + j.state().name(), "Jurisdiction profile, archived release",
                        Routes.asOf(j.id(), release.id()), release.dataDate(), release.id()));
        String title = j.name() + ", " + j.state().code() + " as of release " + release.id();
        PageInfo info = PageInfo.of(file, title, "Archived: " + j.name() + ", " + j.state().name()
                + " as the release " + release.id() + " of the data held it.", "states", List.of(
                new PageInfo.Crumb(Routes.HOME, context.config().name()),
                new PageInfo.Crumb(Routes.state(j.state().code()), j.state().name())));
        return context.job(info.withDataDate(Optional.ofNullable(release.dataDate())), "as-of", page);
    }

    private List<TacticRow> tactics(ArchivedProfile archived) {
        Map<String, TacticEvidence> evidence = archived.evidence().stream()
                .collect(Collectors.toMap(TacticEvidence::tacticId, Function.identity(), (a, b) -> a));
        return archived.jurisdiction().tactics().stream().map(t -> new TacticRow(t.name(),
                evidence.containsKey(t.id()) ? evidence.get(t.id()).level().label() : "listed")).toList();
    }

    private static List<CitationRow> citations(Jurisdiction j) {
        List<CitationRow> rows = new ArrayList<>();
        for (SourceCategory source : j.sources()) {
            for (Citation c : source.citations()) {
                rows.add(new CitationRow(Anchors.citation(rows.size() + 1), source.category(), c.title(),
                        c.publisher(), Objects.toString(c.date(), "undated")));
            }
        }
        return rows;
    }
}
