package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /search/index.html}: the search form, whose filters {@code assets/search.js} fills with the values and
 * counts of its index; {@code scripts} are the engine and the page script, in loading order; {@code browse} are
 * the links offered when scripts are off.
 */
public record SearchPage(List<String> scripts, List<Link> browse) {
    public SearchPage {
        scripts = List.copyOf(scripts);
        browse = List.copyOf(browse);
    }
}
