package org.demandatlas.render;

import java.util.Arrays;
import java.util.List;
import org.demandatlas.render.page.LayoutLinks;
import org.demandatlas.render.page.Link;
import org.demandatlas.render.page.NavLink;
import org.demandatlas.render.page.PageMeta;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;

/** Builds the layout data of a page: full title, canonical URL and every shared link for the page's depth. */
final class PageMetaFactory {
    private final SiteConfig config;
    private final RenderOptions options;
    private final String dataDate;

    PageMetaFactory(SiteConfig config, RenderOptions options, String dataDate) {
        this.config = config;
        this.options = options;
        this.dataDate = dataDate;
    }

    /** Layout data for a page whose links are relative to its own file. */
    PageMeta create(PageInfo info) {
        String canonical = options.findAbsoluteUrl(Routes.sitePath(info.file())).orElse(null);
        return create(info, Href.forPage(info.file()), canonical);
    }

    PageMeta create(PageInfo info, Href href, String canonical) {
        String title = info.title().equals(config.name()) ? config.name() + " \u2014 " + config.tagline()
                : info.title() + " \u2014 " + config.name();
        List<Link> crumbs = info.crumbs().stream().map(c -> new Link(href.to(c.sitePath()), c.text())).toList();
        String date = dataDateOf(info);
        return new PageMeta(title, info.description(), canonical, info.ogType(), info.jsonLd(), crumbs,
                layout(href, info.section()), date, info.section().equals("search"), citationTags(info, canonical, date),
                new Link(config.dataLicence().url(), config.dataLicence().name()));
    }

    /**
     * Highwire Press tags (Zotero's and Google Scholar's embedded metadata): title, the atlas as author and
     * publisher, the page's data date as publication date (never the clock) and the permalink when the site has an
     * address.
     */
    private List<PageMeta.Tag> citationTags(PageInfo info, String canonical, String date) {
        List<PageMeta.Tag> tags = new java.util.ArrayList<>();
        tags.add(new PageMeta.Tag("citation_title", info.title()));
        tags.add(new PageMeta.Tag("citation_author", config.name()));
        tags.add(new PageMeta.Tag("citation_publisher", config.name()));
        if (date != null) {
            tags.add(new PageMeta.Tag("citation_publication_date", date.replace('-', '/')));
        }
        if (canonical != null) {
            tags.add(new PageMeta.Tag("citation_public_url", canonical));
        }
        tags.add(new PageMeta.Tag("citation_language", "en"));
        return tags;
    }

    /** The page's own date when it has one, none when its statements state none, else the atlas's. */
    private String dataDateOf(PageInfo info) {
        String own = info.findDataDate().orElse(dataDate);
        return own == null || own.equals(PageInfo.UNDATED) ? null : own;
    }

    private LayoutLinks layout(Href href, String section) {
        List<NavLink> nav = config.nav().stream()
                .map(n -> new NavLink(href.to(n.path()), n.label(), n.section().equals(section))).toList();
        List<Link> data = Arrays.stream(DataFile.values()).map(d -> new Link(href.to(d.path()), d.label())).toList();
        return new LayoutLinks(href.to(Routes.STYLE), href.to(Routes.FAVICON_SVG), href.to(Routes.FAVICON_ICO),
                href.to(Routes.HOME), href.to(Routes.SEARCH), href.to(Routes.ABOUT), nav, data,
                href.to(Routes.QUALITY), href.to(Routes.CODEBOOK), href.to(Routes.CHANGES));
    }
}
