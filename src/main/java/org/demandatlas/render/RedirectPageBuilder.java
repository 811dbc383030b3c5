package org.demandatlas.render;

import java.util.List;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.routes.Routes;

/**
 * Builds the legacy addresses of curated profiles, {@code /site/hartford-ct/index.html}, each sending the reader
 * to {@code /ct/hartford/} (refresh, canonical link, noindex, and a visible link for when refresh is off). Their
 * page type is left out of the sitemap. The page type in three files: this builder with its view record, its line
 * in {@link PageTypes}, and {@code templates/redirect.html}.
 */
final class RedirectPageBuilder {
    /**
     * What {@code redirect.html} shows: where a profile lived on the old site. Points to the profile by a relative
     * link ({@code targetHref}), a canonical URL (absolute with a base URL) and an immediate refresh.
     */
    public record RedirectPage(String name, String targetHref, String canonical, String css) {
    }

    private final BuildContext context;

    RedirectPageBuilder(BuildContext context) {
        this.context = context;
    }

    /** The legacy site path of a profile: {@code /site/windsor-locks-ct/}. */
    static String legacyPath(Jurisdiction j) {
        return Routes.legacyProfile(j.slug(), j.state().code());
    }

    List<Page> pages() {
        return context.index().atlas().jurisdictions().stream().filter(Jurisdiction::curated)
                .map(j -> Page.of(legacyPath(j), () -> job(j))).toList();
    }

    private PageJob job(Jurisdiction j) {
        String file = Routes.file(legacyPath(j));
        Href href = Href.forPage(file);
        String page = Routes.jurisdiction(j.id());
        String target = href.to(page);
        String canonical = context.options().findBaseUrl().isPresent() ? context.permalink(page) : target;
        PageInfo info = PageInfo.of(file, j.name() + ", " + j.state().code() + " (moved)", "This page has moved to "
                + page + ".", "", List.of());
        return new PageJob(file, "redirect", context.metas().create(info, href, null),
                new RedirectPage(j.name() + ", " + j.state().code(), target, canonical,
                        href.to(Routes.STYLE)));
    }
}
