package org.demandatlas.render;

import java.util.List;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.render.page.CountedLink;
import org.demandatlas.render.page.PartnerPage;
import org.demandatlas.render.page.PartnersIndexPage;
import org.demandatlas.routes.Routes;

/** Builds {@code /partners/index.html} and {@code /partners/ID/index.html} for every partner. */
final class PartnerPageBuilder {
    private final BuildContext context;

    PartnerPageBuilder(BuildContext context) {
        this.context = context;
    }

    List<Page> indexPages() {
        return List.of(Page.of(Routes.PARTNERS, this::indexJob));
    }

    List<Page> pages() {
        return context.index().atlas().partners().stream()
                .map(p -> Page.of(Routes.partner(p.id()), () -> job(p)).showing(p)).toList();
    }

    private PageJob indexJob() {
        String file = Routes.file(Routes.PARTNERS);
        Href href = Href.forPage(file);
        List<CountedLink> partners = context.index().atlas().partners().stream().map(p -> new CountedLink(
                href.to(Routes.partner(p.id())), p.name(), p.jurisdictions().size(), "")).toList();
        PageInfo info = PageInfo.of(file, "Partners", Formats.plural(partners.size(), "organisation",
                "organisations") + " named as key partners by the profiled jurisdictions.", "partners",
                List.of(new PageInfo.Crumb(Routes.HOME, context.config().name())));
        return context.job(info, "partners", new PartnersIndexPage(partners));
    }

    private PageJob job(PartnerEntry partner) {
        String file = Routes.file(Routes.partner(partner.id()));
        Href href = Href.forPage(file);
        PartnerPage page = new PartnerPage(partner.name(), partner.jurisdictions().size(),
                context.views().byState(partner.jurisdictions(), href));
        String description = partner.name() + ": named as a key partner by "
                + Formats.plural(partner.jurisdictions().size(), "jurisdiction", "jurisdictions") + ".";
        PageInfo info = PageInfo.of(file, partner.name(), description, "partners", List.of(
                new PageInfo.Crumb(Routes.HOME, context.config().name()), new PageInfo.Crumb(Routes.PARTNERS,
                        "Partners")));
        return context.job(info.withDataDate(context.index().findDataDate(partner.jurisdictions(),
                List.of())), "partner", page);
    }
}
