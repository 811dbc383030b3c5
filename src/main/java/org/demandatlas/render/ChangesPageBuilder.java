package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Release;
import org.demandatlas.model.ReleaseChanges;
import org.demandatlas.model.ReleaseChanges.JurisdictionChange;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.render.page.Link;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /changes/}: every data release, newest first, with its frozen data and what changed from the one
 * before, jurisdiction by jurisdiction, each linking to its page (or, for a removed one, to its archived page).
 */
final class ChangesPageBuilder {
    /** What {@code changes.html} shows. */
    public record ChangesPage(boolean hasHistory, String currentId, List<ReleaseView> releases, Link json,
                              Link releasesJson, Link codebook) {
    }

    /** One release: id, data date, counts, its frozen data and its changes (none for the first release). */
    public record ReleaseView(String id, String anchor, String dataDate, String counts, String dataHref,
                              boolean first, List<EntryView> entries) {
    }

    /** One jurisdiction's change: its page (or archived page), the kind and what changed, one line per kind. */
    public record EntryView(Link jurisdiction, String kind, List<String> lines, Link previous) {
    }

    private final BuildContext context;

    ChangesPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> pages() {
        return List.of(Page.of(Routes.CHANGES, this::job));
    }

    private PageJob job() {
        String file = Routes.file(Routes.CHANGES);
        Href href = Href.forPage(file);
        List<ReleaseView> releases = context.releases().findHistory().map(h -> releases(h, href)).orElse(List.of());
        ChangesPage page = new ChangesPage(!releases.isEmpty(), context.releases().findCurrentId().orElse(null),
                releases, new Link(href.to(DataFile.CHANGES_JSON.path()), DataFile.CHANGES_JSON.label()),
                new Link(href.to(DataFile.RELEASES_JSON.path()), DataFile.RELEASES_JSON.label()),
                new Link(href.to(Routes.CODEBOOK), "Codebook"));
        PageInfo info = PageInfo.of(file, "What changed", "Every release of the " + context.config().name()
                + " data, and what changed from one to the next.", "about",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info, "changes", page);
    }

    private List<ReleaseView> releases(ReleaseHistory history, Href href) {
        List<ReleaseView> views = new ArrayList<>();
        for (Release release : history.releases().reversed()) {
            ReleaseChanges changes = history.changes().stream().filter(c -> c.release().equals(release.id()))
                    .findFirst().orElse(null);
            List<EntryView> entries = changes == null ? List.of()
                    : changes.changes().stream().map(c -> entry(c, changes.previous(), href)).toList();
            views.add(new ReleaseView(release.id(), "release-" + release.id(),
                    release.dataDate() == null ? "undated" : Formats.date(release.dataDate()), counts(release),
                    href.to(Routes.releaseData(release.id())), changes == null, entries));
        }
        return views;
    }

    private EntryView entry(JurisdictionChange change, String previous, Href href) {
        boolean current = context.index().atlas().findJurisdiction(change.id()).isPresent();
        boolean archivedBefore = context.releases().archivedOf(change.id()).stream()
                .anyMatch(a -> a.release().id().equals(previous));
        String page = current ? Routes.jurisdiction(change.id())
                : archivedBefore ? Routes.asOf(change.id(), previous) : null;
        Link previousVersion = archivedBefore && current
                ? new Link(href.to(Routes.asOf(change.id(), previous)), "as of release " + previous) : null;
        return new EntryView(new Link(page == null ? null : href.to(page), change.name()), change.kind(),
                new ChangeViews(context.index()).lines(change), previousVersion);
    }

    private static String counts(Release release) {
        return Formats.plural(release.jurisdictions(), "jurisdiction", "jurisdictions") + ", "
                + release.curated() + " curated, " + Formats.plural(release.citations(), "citation", "citations");
    }
}
