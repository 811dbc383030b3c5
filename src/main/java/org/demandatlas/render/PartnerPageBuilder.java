package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.render.page.CountedLink;
import org.demandatlas.render.page.PartnerPage;
import org.demandatlas.render.page.PartnersIndexPage;
import org.demandatlas.routes.Routes;

/** Builds {@code /partners/index.html} and {@code /partners/ID/index.html} for every partner. */
final class PartnerPageBuilder implements PageSource {
    private final BuildContext context;

    PartnerPageBuilder(BuildContext context) {
        this.context = context;
    }

    @Override
    public List<Supplier<PageJob>> pages() {
        List<Supplier<PageJob>> pages = new ArrayList<>();
        pages.add(this::indexJob);
        context.index().atlas().partners().forEach(p -> pages.add(() -> job(p)));
        return pages;
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
                new PageInfo.Crumb(Routes.HOME, context.config().name()), new PageInfo.Crumb(Routes.PARTNERS, "Partners")));
        return context.job(info, "partner", page);
    }
}
