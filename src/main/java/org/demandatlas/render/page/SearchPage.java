package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /search/index.html}: the search form, whose filters {@code assets/search.js} fills with the values and
 * counts of its index; {@code browse} are the links offered when scripts are off.
 */
public record SearchPage(String scriptHref, List<Link> browse) {
    public SearchPage {
        browse = List.copyOf(browse);
    }
}
