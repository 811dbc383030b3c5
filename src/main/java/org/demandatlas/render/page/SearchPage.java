package org.demandatlas.render.page;

import java.util.List;

/**
 * {@code /search/index.html}: the search form; results are filled in by {@code assets/search.js}. {@code browse}
 * are the links offered when scripts are off.
 */
public record SearchPage(String scriptHref, List<Option> tactics, List<Option> states, List<Option> types,
                         List<Link> browse) {
    public SearchPage {
        browse = List.copyOf(browse);
        tactics = List.copyOf(tactics);
        states = List.copyOf(states);
        types = List.copyOf(types);
    }
}
