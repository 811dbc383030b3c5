package org.demandatlas.render.page;

import java.util.List;

/** Links every page's shared layout needs, computed for the page's depth. */
public record LayoutLinks(String css, String faviconSvg, String faviconIco, String home, String search, String about,
                          List<NavLink> nav, List<Link> data, String quality, String codebook, String changes) {
    public LayoutLinks {
        nav = List.copyOf(nav);
        data = List.copyOf(data);
    }
}
